// Makes the facts of person __ exact again from its current records (a clause, after a MATCH or
// WITH that binds __): which forces hold a record of it (HOLDS_PERSON, with the force on the edge),
// which a record handled P (HOLDS_PROTECTED_PERSON), and :CrossForce when two forces or more hold
// it. Only edges that change are written. holding-kind.cypher says how reads use them.
CALL (__) {
  OPTIONAL MATCH (__)<-[:RESOLVES_TO]-(__Rec:PersonRecord)
  WITH __Rec.force AS __Code, collect(__Rec.handling) AS __Handlings
  WHERE __Code IS NOT NULL
  RETURN collect(__Code) AS __Held, collect(CASE WHEN 'P' IN __Handlings THEN __Code END) AS __Protected
}
CALL (__, __Held, __Protected) {
  MATCH (__)<-[__H:HOLDS_PERSON|HOLDS_PROTECTED_PERSON]-(:Force)
  WHERE NOT __H.force IN CASE type(__H) WHEN 'HOLDS_PERSON' THEN __Held ELSE __Protected END
  DELETE __H
}
CALL (__, __Held) {
  UNWIND __Held AS __Code
  MERGE (__Force:Force {code: __Code})
  MERGE (__Force)-[:HOLDS_PERSON {force: __Code, person: __.id}]->(__)
}
CALL (__, __Protected) {
  UNWIND __Protected AS __Code
  MERGE (__Force:Force {code: __Code})
  MERGE (__Force)-[:HOLDS_PROTECTED_PERSON {force: __Code, person: __.id}]->(__)
}
CALL (__, __Held) {
  WITH __ WHERE size(__Held) >= 2
  SET __:CrossForce
}
CALL (__, __Held) {
  WITH __ WHERE size(__Held) < 2
  REMOVE __:CrossForce
}
