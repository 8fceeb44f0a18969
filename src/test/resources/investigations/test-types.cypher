// name: test-types
// title: Test: every parameter type
// description: Echoes one parameter of each type back.
// param: s string required A string
// param: i int default 7 An int
// param: f float default 1.5 A float
// param: b boolean default false A boolean
// param: d date default 2024-02-29 A date
// param: id id default "P-00000000000000a1" An id
// param: names list<string> default "a,b" A list
// param: numbers list<int> default "1,2" A list of ints
RETURN $s AS s, $i AS i, $f AS f, $b AS b, $d AS d, $id AS id, $names AS names, $numbers AS numbers,
  $i + 1 AS iPlusOne, $d + duration('P1D') AS nextDay
