// ImageHash nodes by key, only those the caller may see.
UNWIND $keys AS key
MATCH (img:ImageHash {hash: key})
WHERE {{visible-image img}}
RETURN key, {{node img}} AS node
