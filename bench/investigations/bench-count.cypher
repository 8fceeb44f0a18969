// name: bench-count
// title: Bench: count the person records the caller sees
// description: A statement that costs next to nothing itself, so a run's time is the caller's view.
MATCH (r:PersonRecord)
RETURN count(r) AS records
