// Every advert the caller may see with what clustering compares: its phones, emails, image hashes and text.
MATCH (ad:Advert)
WHERE {{visible ad}}
RETURN ad.key AS key, coalesce(ad.title, '') + ' ' + coalesce(ad.text, '') AS text,
       [(ad)-[:ADVERTISES_PHONE]->(ph:Phone) | ph.e164] AS phones,
       [(ad)-[:ADVERTISES_EMAIL]->(e:Email) | e.address] AS emails,
       [(ad)-[:HAS_IMAGE]->(i:ImageHash) | i.hash] AS hashes
