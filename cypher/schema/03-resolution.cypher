// Resolution: the trained model, review decisions and open review items.
CREATE CONSTRAINT resolution_model_id IF NOT EXISTS FOR (m:ResolutionModel) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT match_decision_id IF NOT EXISTS FOR (d:MatchDecision) REQUIRE d.id IS UNIQUE;
CREATE INDEX match_decision_pair IF NOT EXISTS FOR (d:MatchDecision) ON (d.pair);
CREATE CONSTRAINT review_item_id IF NOT EXISTS FOR (i:ReviewItem) REQUIRE i.id IS UNIQUE;
CREATE INDEX review_item_probability IF NOT EXISTS FOR (i:ReviewItem) ON (i.probability);
