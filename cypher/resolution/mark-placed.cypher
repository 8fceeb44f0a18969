// Placement of these records ($keys) is written: they are no longer waiting for resolution.
UNWIND $keys AS key
MATCH (r:PersonRecord:Unplaced {key: key})
REMOVE r:Unplaced
