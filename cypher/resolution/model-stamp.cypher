// When the current model was trained, as saved: a cheap check that a cached model is still current.
MATCH (m:ResolutionModel {id: 'current'})
RETURN m.trainedAtText AS trainedAt
