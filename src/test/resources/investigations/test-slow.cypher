// name: test-slow
// title: Test: a read that runs for minutes
// description: Counts through a long range, for the timeout.
UNWIND range(1, 2000000000) AS i
WITH i WHERE i % 1000003 = -1
RETURN count(i) AS n
