// True when the caller must not see the identity of the person behind person record __:
// the record itself carries (or in an older version carried) a protected flag, or the person it resolves to is protected
// (identity-hidden-person). Use as a column (`{{identity-hidden r}} AS redacted`) and let
// security.Redaction replace the identifying fields with its marker.
(
  $scope.partner
  AND (
    any(__Flag IN coalesce(__.flags, []) + coalesce(__.priorFlags, []) WHERE __Flag IN $scope.protectedFlags)
    OR EXISTS { MATCH (__)-[:RESOLVES_TO]->(__Person:Person) WHERE {{identity-hidden-person __Person}} }
  )
)
