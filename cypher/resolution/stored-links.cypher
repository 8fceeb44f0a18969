// Every stored link that formed a person, so a full run writes only what changed.
MATCH (a:PersonRecord)-[l:RESOLUTION_LINK]->(b:PersonRecord)
RETURN a.key AS a, b.key AS b, l.probability AS probability
