// The caller's view, step 3: resolved nodes the caller may not see go, judged by the same
// fragments as the read API, while the records they are judged on are still there.
CALL () { MATCH (n:Person) WHERE NOT {{visible-person n}} DETACH DELETE n }
CALL () { MATCH (n:Phone) WHERE NOT {{visible-phone n}} DETACH DELETE n }
CALL () { MATCH (n:Email) WHERE NOT {{visible-email n}} DETACH DELETE n }
CALL () { MATCH (n:IdDocument) WHERE NOT {{visible-document n}} DETACH DELETE n }
CALL () { MATCH (n:Address) WHERE NOT {{visible-address n}} DETACH DELETE n }
CALL () { MATCH (n:ImageHash) WHERE NOT {{visible-image n}} DETACH DELETE n }
CALL () { MATCH (n:Force) WHERE NOT {{visible-force n}} DETACH DELETE n }
RETURN 1 AS done
