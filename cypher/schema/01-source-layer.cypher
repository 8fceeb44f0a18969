// Source layer: every record as received, keyed by force/system/record_id per kind.
CREATE CONSTRAINT person_record_key IF NOT EXISTS FOR (r:PersonRecord) REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT address_record_key IF NOT EXISTS FOR (r:AddressRecord) REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT advert_key IF NOT EXISTS FOR (r:Advert) REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT ocg_key IF NOT EXISTS FOR (r:OrganisedCrimeGroup) REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT operation_key IF NOT EXISTS FOR (r:Operation) REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT offence_key IF NOT EXISTS FOR (r:Offence) REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT batch_id IF NOT EXISTS FOR (b:Batch) REQUIRE b.id IS UNIQUE;
// One force index covers every kind (query as (r:SourceRecord:PersonRecord) to use it). A
// second, PersonRecord-only one cost every person row an index entry and served no query.
CREATE INDEX source_record_force IF NOT EXISTS FOR (r:SourceRecord) ON (r.force);
DROP INDEX person_record_force IF EXISTS;
