// Run on the system database of the embedded engine, in-process, at every start: the Bolt user's
// password is the one kept in the data directory (or a throw-away one when Bolt is closed).
ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED
