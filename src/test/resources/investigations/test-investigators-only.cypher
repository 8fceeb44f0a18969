// name: test-investigators-only
// title: Test: only for investigators
// description: Declares a role, so analysts may not run it.
// roles: INVESTIGATOR
RETURN 1 AS one
