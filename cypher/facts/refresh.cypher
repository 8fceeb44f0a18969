// Makes the per-person facts of persons ($ids) exact from their current records
// (fragments/person-facts-refresh). Run by every write that changes RESOLVES_TO or a record's
// force or handling, with the persons it touched; a person that no longer exists is skipped.
UNWIND $ids AS id
MATCH (p:Person {id: id})
{{person-facts-refresh p}}
