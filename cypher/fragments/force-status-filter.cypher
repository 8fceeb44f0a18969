// The optional filters of the OCG and operation lists (null = not asked for): owning force, status.
(($force IS NULL OR __.force = $force) AND ($status IS NULL OR __.status = $status))
