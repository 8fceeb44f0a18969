package uk.toex.crosslink.investigations;

import java.util.List;
import java.util.Map;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Runs investigations over real HTTP (graphql-test/runInvestigation.graphql) and reads their rows. */
final class Runs {

    private Runs() {
    }

    static GraphQlTester.Response run(HttpGraphQlTester as, String name, Map<String, Object> params) {
        return as.documentName("runInvestigation").variable("name", name).variable("params", params).execute();
    }

    /** The rows of a run that must succeed. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rows(HttpGraphQlTester as, String name, Map<String, Object> params) {
        return (List<Map<String, Object>>) (List<?>) run(as, name, params).errors().verify()
                .path("runInvestigation.rows").entityList(Map.class).get();
    }

    static List<Object> column(List<Map<String, Object>> rows, String column) {
        return rows.stream().map(r -> r.get(column)).toList();
    }

    /** The global ids of the nodes in one column. */
    @SuppressWarnings("unchecked")
    static List<Object> ids(List<Map<String, Object>> rows, String column) {
        return rows.stream().map(r -> ((Map<String, Object>) r.get(column)).get("id")).toList();
    }
}
