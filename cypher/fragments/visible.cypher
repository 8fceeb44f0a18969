// The one definition of record visibility. Expanded by CypherLibrary wherever a query
// says {{visible x}}, with x the variable of a source record (any :SourceRecord node).
// $scope comes from security.AccessScope and is bound by CypherRunner on every read.
(
  ($scope.partner = false OR __.handling = 'P')
  AND (
    $scope.allForces
    OR __.force IN $scope.forces
    OR (__.handling = 'P' AND $scope.seesOtherForcesProtected)
  )
)
