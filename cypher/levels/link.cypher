// One nested list of one parent inside a level's statement: <<body>> is the list's own file
// (queries/links/<name>) with its $keys bound to the parent's key and its $skip and $limit named for
// this part (<<n>>). The list's visibility is the file's own; nothing is added or left out here.
CALL (levelKey) {
  CALL (levelKey) {
<<body>>
  }
  RETURN collect({total: total, items: items, withheld: withheld}) AS child<<n>>
}
