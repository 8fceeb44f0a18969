// Analytics (docs/ANALYTICS.md): profiles start from offences of a category, and harm flags are
// keyed by rule and person and keep their reviews.
CREATE INDEX offence_category IF NOT EXISTS FOR (o:Offence) ON (o.category);
CREATE CONSTRAINT harm_flag_id IF NOT EXISTS FOR (f:HarmFlag) REQUIRE f.id IS UNIQUE;
