// The one definition of record visibility. Expanded by CypherRunner wherever a query
// says {{visible x}}, with x the variable of a source record (any :SourceRecord node).
// $scope comes from security.AccessScope (built by security.Caller#scope) and is bound by
// CypherRunner on every read. A record is visible when
//   - its owning force is among the caller's forces (or the caller holds every force), or
//   - it is handled P and the caller is an ANALYST or INVESTIGATOR (seesOtherForcesProtected);
// C records are visible to their own force only; a PARTNER sees P records only. A record
// without force or handling is hidden (the comparisons are null, and null is not true).
// A resolved node (Person, Phone, Address...) exists for a caller only through a visible record.
(
  ($scope.partner = false OR __.handling = 'P')
  AND (
    $scope.allForces
    OR __.force IN $scope.forces
    OR (__.handling = 'P' AND $scope.seesOtherForcesProtected)
  )
)
