// The caller's view, step 2b: per-person facts the caller may not read go. A fact edge stays
// only when it is the one the caller sees of its force (holding-kind), which then stands for
// records the caller sees; :CrossForce counts every force's records, so it goes for everyone.
CALL () {
  MATCH (:Force)-[h:HOLDS_PERSON|HOLDS_PROTECTED_PERSON]->(:Person)
  WITH h, h.force AS force
  WHERE coalesce(type(h) <> {{holding-kind force}}, true)
  DELETE h
}
CALL () {
  MATCH (p:CrossForce)
  REMOVE p:CrossForce
}
