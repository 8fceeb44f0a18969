// A phone is visible through a visible person record or advert. Calls alone do not reveal it.
(
  EXISTS { MATCH (__Rec:PersonRecord)-[:HAS_PHONE]->(__) WHERE {{visible __Rec}} }
  OR EXISTS { MATCH (__Adv:Advert)-[:ADVERTISES_PHONE]->(__) WHERE {{visible __Adv}} }
)
