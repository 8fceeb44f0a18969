// Every open review item, so a full run writes only what changed.
MATCH (i:ReviewItem)
RETURN i.id AS id, i.probability AS probability, i.contradiction AS contradiction
