// Open review items whose two records the caller may see, most uncertain first.
MATCH (i:ReviewItem)
MATCH (a:PersonRecord {key: i.recordA}), (b:PersonRecord {key: i.recordB})
WHERE {{visible a}} AND {{visible b}}
RETURN i.id AS id, i.recordA AS recordA, i.recordB AS recordB, i.probability AS probability,
       i.contradiction AS contradiction
ORDER BY abs(i.probability - 0.5), i.id
LIMIT $first
