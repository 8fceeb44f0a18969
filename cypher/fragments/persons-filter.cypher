// The optional filter of the persons list (null = not asked for): $force keeps persons with a
// visible record of that force.
($force IS NULL OR EXISTS {
  MATCH (__Rec:PersonRecord {force: $force})-[:RESOLVES_TO]->(__)
  WHERE {{visible __Rec}}
})
