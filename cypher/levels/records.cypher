// The visible records of one person inside a level's statement: <<body>> is queries/person-records
// with its $keys bound to the person's key (<<n>> numbers this part).
CALL (levelKey) {
  CALL (levelKey) {
<<body>>
  }
  RETURN collect(records) AS child<<n>>
}
