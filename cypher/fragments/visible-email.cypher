// An email address is visible through a visible person record or advert.
(
  EXISTS { MATCH (__Rec:PersonRecord)-[:HAS_EMAIL]->(__) WHERE {{visible __Rec}} }
  OR EXISTS { MATCH (__Adv:Advert)-[:ADVERTISES_EMAIL]->(__) WHERE {{visible __Adv}} }
)
