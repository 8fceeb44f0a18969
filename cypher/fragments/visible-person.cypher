// A resolved person exists for a caller only through a record the caller may see.
EXISTS { MATCH (__Rec:PersonRecord)-[:RESOLVES_TO]->(__) WHERE {{visible __Rec}} }
