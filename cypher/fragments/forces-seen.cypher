// How many forces hold a record of person __ that the caller may see, counting only the forces in
// $forces when given (null: every force): one fact edge per visible (force, person) pair
// (holding-kind), so no record is read. Needs current facts (facts-current).
COUNT {
  MATCH (__)<-[__Held:HOLDS_PERSON|HOLDS_PROTECTED_PERSON]-(:Force)
  WITH __Held, __Held.force AS __Code
  WHERE type(__Held) = {{holding-kind __Code}} AND ($forces IS NULL OR __Code IN $forces)
  RETURN __Code
}
