// name: nationals-sharing-addresses
// title: Addresses shared by nationals of two countries
// description: Addresses where persons of one nationality and persons of another are both recorded (the Hungarian and Bulgarian cases by default), with both groups; nationalities match any of the spellings given, case-insensitive.
// param: nationalityA list<string> default "HU,HUN,HUNGARY,HUNGARIAN" Spellings of the first nationality
// param: nationalityB list<string> default "BG,BGR,BULGARIA,BULGARIAN" Spellings of the second nationality
// param: limit int default 50 Most rows to return
MATCH (a:PersonRecord)-[:AT_ADDRESS]->(address:Address)<-[:AT_ADDRESS]-(b:PersonRecord)
WHERE toUpper(trim(a.nationality)) IN [n IN $nationalityA | toUpper(n)]
  AND toUpper(trim(b.nationality)) IN [n IN $nationalityB | toUpper(n)]
WITH address, collect(DISTINCT a) AS first, collect(DISTINCT b) AS second
RETURN address, first, second, size(first) + size(second) AS persons
ORDER BY persons DESC, address.key
LIMIT $limit
