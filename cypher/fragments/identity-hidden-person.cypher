// True when the caller must not learn who resolved person __ is, nor its contact details: a
// partner ($scope.partner), and a record resolved into the person is flagged with a protected
// flag (VICTIM, SAFEGUARDING_REFERRAL; list bound from security.Redaction as
// $scope.protectedFlags) now or in an older version (priorFlags), visible to the caller or not. The one definition of a protected person
// in Cypher; identity-hidden (a record) and visible-contacts build on it.
(
  $scope.partner
  AND EXISTS {
    MATCH (__)<-[:RESOLVES_TO]-(__Flagged:PersonRecord)
    WHERE any(__Flag IN coalesce(__Flagged.flags, []) + coalesce(__Flagged.priorFlags, [])
              WHERE __Flag IN $scope.protectedFlags)
  }
)
