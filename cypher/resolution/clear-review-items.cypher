// Open review items are recomputed by a full run.
MATCH (i:ReviewItem)
CALL (i) { DELETE i } IN TRANSACTIONS OF 10000 ROWS
