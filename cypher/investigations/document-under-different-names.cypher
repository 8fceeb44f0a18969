// name: document-under-different-names
// title: One identity document under different names
// description: Identity documents (passport, national id...) held on records under at least minNames different names, with the records.
// param: minNames int default 2 Fewest different names (given and family, upper case)
// param: limit int default 50 Most rows to return
MATCH (d:IdDocument)<-[:HAS_DOCUMENT]-(r:PersonRecord)
WITH d, collect(DISTINCT toUpper(trim(coalesce(r.givenNames, '') + ' ' + coalesce(r.familyName, '')))) AS names,
  collect(r) AS records
WHERE size(names) >= $minNames
RETURN d.key AS document, names, records
ORDER BY size(names) DESC, document
LIMIT $limit
