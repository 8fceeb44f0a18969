// Closes the review items ($ids) that a full run no longer finds uncertain.
UNWIND $ids AS id
MATCH (i:ReviewItem {id: id})
DELETE i
