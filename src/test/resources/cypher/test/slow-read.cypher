// Test only: a read that would run for hours, a cartesian product over the :SlowRead nodes a test
// made (n^4 rows, each reading properties, so the engine checks for termination as it goes).
MATCH (a:SlowRead), (b:SlowRead), (c:SlowRead), (d:SlowRead)
WHERE a.i + b.i + c.i + d.i < 0
RETURN count(*) AS n
