// name: test-rows
// title: Test: n rows
// description: Returns the numbers 1 to n.
// param: n int required How many rows
UNWIND range(1, $n) AS i
RETURN i
