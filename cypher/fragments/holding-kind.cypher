// The one visibility rule (visible.cypher) read per force, for the per-person facts that lists
// and counts use instead of walking every record (fragments/person-facts-refresh writes them):
// (:Force)-[:HOLDS_PERSON]->(p) says p has a record of that force, whatever its handling, and
// (:Force)-[:HOLDS_PROTECTED_PERSON]->(p) a record of it handled P; both carry the force and the
// person's id. __ is a force code. By visible.cypher, the records of force __ a caller may see are
//   - all of them, when not a partner and (allForces or __ among its forces): 'HOLDS_PERSON';
//   - else those handled P, when allForces, __ among its forces or seesOtherForcesProtected:
//     'HOLDS_PROTECTED_PERSON';
//   - else none: null.
// So a person has a record of force __ the caller may see exactly when the edge of this type
// from force __ exists, and exactly one edge per visible (force, person) pair answers.
// Change this together with visible.cypher, never alone (PersonFactsTest compares them).
CASE
  WHEN $scope.partner = false AND ($scope.allForces OR __ IN $scope.forces) THEN 'HOLDS_PERSON'
  WHEN $scope.allForces OR __ IN $scope.forces OR $scope.seesOtherForcesProtected THEN 'HOLDS_PROTECTED_PERSON'
END
