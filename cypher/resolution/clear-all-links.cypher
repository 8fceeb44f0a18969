// A full run rewrites every link that formed a person.
MATCH (:PersonRecord)-[l:RESOLUTION_LINK]->(:PersonRecord)
CALL (l) { DELETE l } IN TRANSACTIONS OF 10000 ROWS
