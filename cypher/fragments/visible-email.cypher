// An email address is visible through a person record that may disclose its contacts
// (visible-contacts) or a visible advert.
(
  EXISTS { MATCH (__Rec:PersonRecord)-[:HAS_EMAIL]->(__) WHERE {{visible-contacts __Rec}} }
  OR EXISTS { MATCH (__Adv:Advert)-[:ADVERTISES_EMAIL]->(__) WHERE {{visible __Adv}} }
)
