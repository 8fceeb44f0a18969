// A phone is visible through a person record that may disclose its contacts (visible-contacts) or a
// visible advert. Calls alone do not reveal it.
(
  EXISTS { MATCH (__Rec:PersonRecord)-[:HAS_PHONE]->(__) WHERE {{visible-contacts __Rec}} }
  OR EXISTS { MATCH (__Adv:Advert)-[:ADVERTISES_PHONE]->(__) WHERE {{visible __Adv}} }
)
