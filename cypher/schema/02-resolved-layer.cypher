// Resolved layer: one node per real-world thing, shared across forces.
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT address_key IF NOT EXISTS FOR (a:Address) REQUIRE a.key IS UNIQUE;
CREATE CONSTRAINT phone_e164 IF NOT EXISTS FOR (p:Phone) REQUIRE p.e164 IS UNIQUE;
CREATE CONSTRAINT email_address IF NOT EXISTS FOR (e:Email) REQUIRE e.address IS UNIQUE;
CREATE CONSTRAINT id_document_key IF NOT EXISTS FOR (d:IdDocument) REQUIRE d.key IS UNIQUE;
CREATE CONSTRAINT image_hash IF NOT EXISTS FOR (i:ImageHash) REQUIRE i.hash IS UNIQUE;
CREATE CONSTRAINT force_code IF NOT EXISTS FOR (f:Force) REQUIRE f.code IS UNIQUE;
CREATE INDEX address_postcode IF NOT EXISTS FOR (a:Address) ON (a.postcode);
