// A force is listed for a caller who may see at least one of its records.
EXISTS { MATCH (__Rec:SourceRecord {force: __.code}) WHERE {{visible __Rec}} }
