// An address is visible through a person record that may disclose its contacts (visible-contacts),
// or a visible address record, advert or operation.
(
  EXISTS { MATCH (__Rec:PersonRecord)-[:AT_ADDRESS]->(__) WHERE {{visible-contacts __Rec}} }
  OR EXISTS { MATCH (__Adv:Advert)-[:LOCATED_AT]->(__) WHERE {{visible __Adv}} }
  OR EXISTS { MATCH (__Ar:AddressRecord)-[:RESOLVES_TO]->(__) WHERE {{visible __Ar}} }
  OR EXISTS { MATCH (__Op:Operation)-[:HAS_SUBJECT]->(__) WHERE {{visible __Op}} }
)
