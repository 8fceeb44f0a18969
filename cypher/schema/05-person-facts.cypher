// Per-person visibility facts (fragments/person-facts-refresh, fragments/holding-kind): a page of
// one force's persons is a seek on (force, person id) in id order, a count the Force node's degree.
CREATE INDEX holds_person_page IF NOT EXISTS FOR ()-[h:HOLDS_PERSON]-() ON (h.force, h.person);
CREATE INDEX holds_protected_person_page IF NOT EXISTS FOR ()-[h:HOLDS_PROTECTED_PERSON]-() ON (h.force, h.person);
// Persons two forces or more hold, in id order: the candidates of crossForcePersons.
CREATE INDEX cross_force_person_id IF NOT EXISTS FOR (p:CrossForce) ON (p.id);
// The mark that the facts are complete (fragments/facts-current), found by index, not by a scan.
CREATE INDEX person_facts_version IF NOT EXISTS FOR (m:PersonFacts) ON (m.version);
