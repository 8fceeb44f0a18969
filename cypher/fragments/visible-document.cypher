// An identity document is visible through a person record that may disclose its contacts (visible-contacts).
EXISTS { MATCH (__Rec:PersonRecord)-[:HAS_DOCUMENT]->(__) WHERE {{visible-contacts __Rec}} }
