// name: test-label-counts
// title: Test: how many nodes of each label
// description: Tries to count everything, audit events and versions included.
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS nodes
ORDER BY label
