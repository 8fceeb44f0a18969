MATCH (r:PersonRecord) RETURN count(r) AS records
