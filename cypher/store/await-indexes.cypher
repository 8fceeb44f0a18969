// After the schema files ran: wait until every index is online (at most 300 s) before any read.
CALL db.awaitIndexes(300)
