// True when the caller must not see the identity of the person behind person record __:
// a partner, and that record or any record resolved into the same person is flagged with a
// protected flag (VICTIM, SAFEGUARDING_REFERRAL; list bound from security.Redaction as
// $scope.protectedFlags). Use as a column (`{{identity-hidden r}} AS redacted`) and let
// security.Redaction replace the identifying fields with its marker.
(
  $scope.partner
  AND (
    any(f IN coalesce(__.flags, []) WHERE f IN $scope.protectedFlags)
    OR EXISTS {
      MATCH (__)-[:RESOLVES_TO]->(:Person)<-[:RESOLVES_TO]-(idhOther:PersonRecord)
      WHERE any(f IN coalesce(idhOther.flags, []) WHERE f IN $scope.protectedFlags)
    }
  )
)
