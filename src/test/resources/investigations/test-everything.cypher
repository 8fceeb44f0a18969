// name: test-everything
// title: Test: every node
// description: Tries to read the whole store: every node of every label.
MATCH (n)
RETURN n
