// The optional filters of the offences list (null = not asked for): owning force, category
// (case-insensitive, as categories are free text), gravity at least $minGravity.
(
  ($force IS NULL OR __.force = $force)
  AND ($category IS NULL OR toUpper(__.category) = toUpper($category))
  AND ($minGravity IS NULL OR __.gravity >= $minGravity)
)
