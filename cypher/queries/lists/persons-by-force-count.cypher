// How many persons the persons list filtered by force holds for the caller (persons-count.cypher with
// $force set): persons with a visible record of the force, counted from that force's records.
MATCH (r:SourceRecord:PersonRecord {force: $force})-[:RESOLVES_TO]->(p:Person)
WHERE {{visible r}}
RETURN count(DISTINCT p) AS total
