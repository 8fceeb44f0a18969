// Where adverts are placed.
UNWIND $keys AS key
MATCH (:Advert {key: key})-[:LOCATED_AT]->(a:Address)
WITH key, a ORDER BY a.key
RETURN key, head(collect({{node a}})) AS node
