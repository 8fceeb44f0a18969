// An identity document is visible through a visible person record.
EXISTS { MATCH (__Rec:PersonRecord)-[:HAS_DOCUMENT]->(__) WHERE {{visible __Rec}} }
