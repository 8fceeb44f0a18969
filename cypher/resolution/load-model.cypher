MATCH (m:ResolutionModel {id: 'current'})
RETURN m.json AS json
