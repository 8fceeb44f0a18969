// The caller's view, step 5, fail closed: every node that is neither a source record nor a
// resolved node of the model goes (record versions, batches, audit events, resolution
// bookkeeping, and any label added later), as does a record-kind node without SourceRecord.
MATCH (n)
WHERE NOT (n:SourceRecord OR n:Person OR n:Address OR n:Phone OR n:Email OR n:IdDocument OR n:ImageHash OR n:Force)
   OR (NOT n:SourceRecord AND (n:PersonRecord OR n:AddressRecord OR n:Advert OR n:OrganisedCrimeGroup
       OR n:Operation OR n:Offence))
DETACH DELETE n
