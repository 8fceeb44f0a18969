// The one current model: parameters and term frequencies as JSON.
MERGE (m:ResolutionModel {id: 'current'})
SET m.json = $json, m.trainedOn = $trainedOn, m.trainedAt = datetime($trainedAt)
