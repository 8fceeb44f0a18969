package uk.toex.crosslink.bench;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * What the investigation benchmark asks about, sampled from the store once: person records of persons
 * held under more than one spelling (the record's name and date of birth, the person it resolves to) and
 * pairs of persons two hops apart.
 */
record Subjects(List<Map<String, Object>> records, List<Map<String, Object>> pairs) {

    static Subjects sample(Driver driver, int n) {
        try (Session session = driver.session()) {
            List<Map<String, Object>> records = session.run("""
                    MATCH (r:PersonRecord)-[:RESOLVES_TO]->(p:Person)
                    WHERE r.familyName IS NOT NULL AND r.dob IS NOT NULL AND rand() < 0.02
                      AND EXISTS { (p)<-[:RESOLVES_TO]-(o:PersonRecord)
                                   WHERE o.familyName <> r.familyName OR o.givenNames <> r.givenNames }
                    RETURN coalesce(r.givenNames, '') + ' ' + r.familyName AS name, r.dob AS dob, p.id AS person
                    LIMIT $n""", Map.of("n", n)).list(r -> r.asMap());
            List<Map<String, Object>> pairs = session.run("""
                    MATCH (r1:PersonRecord)-[:AT_ADDRESS]->(:Address)<-[:AT_ADDRESS]-(r2:PersonRecord)-[:HAS_PHONE]->(:Phone)<-[:HAS_PHONE]-(r3:PersonRecord)
                    WHERE rand() < 0.05 AND r1 <> r3
                    MATCH (r1)-[:RESOLVES_TO]->(a:Person), (r3)-[:RESOLVES_TO]->(b:Person)
                    WHERE a <> b
                    RETURN a.id AS from, b.id AS to
                    LIMIT $n""", Map.of("n", n)).list(r -> r.asMap());
            if (records.isEmpty() || pairs.isEmpty()) {
                throw new IllegalStateException("the store has no person records or linked pairs to ask about");
            }
            return new Subjects(records, pairs);
        }
    }

    String name(int i) {
        return (String) records.get(i % records.size()).get("name");
    }

    String dob(int i) {
        return (String) records.get(i % records.size()).get("dob");
    }

    int size() {
        return records.size();
    }

    String person(int i) {
        return (String) records.get(i % records.size()).get("person");
    }

    String pathFrom(int i) {
        return (String) pairs.get(i % pairs.size()).get("from");
    }

    String pathTo(int i) {
        return (String) pairs.get(i % pairs.size()).get("to");
    }
}
