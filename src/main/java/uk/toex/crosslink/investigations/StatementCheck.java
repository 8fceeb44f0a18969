package uk.toex.crosslink.investigations;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;

/**
 * The checks that need the store: parameters declared = used, no refused clause, and the
 * statement compiles ({@code EXPLAIN}, nothing runs) as a read-only query whose plan calls no
 * procedure, loads no CSV and opens no transactions of its own. Procedures are refused whether or
 * not they write: they may read outside the caller's view (docs/SECURITY.md).
 */
final class StatementCheck {

    private static final Pattern POSITION = Pattern.compile("\\(line (\\d+), column \\d+");
    private static final Pattern CALL = Pattern.compile("\\bCALL\\s+[A-Za-z]", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> REFUSED_OPERATORS = Map.of(
            "ProcedureCall", "calls a procedure; procedure calls are not allowed in investigations",
            "LoadCSV", "LOAD CSV is not allowed",
            "TransactionApply", "CALL { } IN TRANSACTIONS is not allowed",
            "TransactionForeach", "CALL { } IN TRANSACTIONS is not allowed");

    private StatementCheck() {
    }

    static void check(Investigation inv, Driver driver, String database) {
        StatementText text = new StatementText(inv.statement(), inv.statementLine());
        Map<String, Integer> used = text.parameters();
        Set<String> declared = InvestigationFileParser.declared(inv);
        used.forEach((name, line) -> {
            if (!declared.contains(name)) {
                throw new InvestigationFileException(inv.source(), line, "$" + name + " is used but not declared as a param");
            }
        });
        inv.parameters().stream().filter(p -> !used.containsKey(p.name())).findFirst().ifPresent(p -> {
            throw new InvestigationFileException(inv.source(), p.line(), "param " + p.name() + " is declared but never used");
        });
        text.refusedClause().ifPresent(refused -> {
            throw new InvestigationFileException(inv.source(), refused.getKey(), refused.getValue());
        });
        ResultSummary summary = explain(inv, driver, database);
        if (summary.queryType() != QueryType.READ_ONLY) {
            throw new InvestigationFileException(inv.source(), inv.statementLine(), "would write (EXPLAIN gives query type "
                    + summary.queryType() + "); an investigation must be read-only");
        }
        refusedOperator(summary.plan()).ifPresent(reason -> {
            Matcher call = CALL.matcher(inv.statement());
            int line = reason.startsWith("calls") && call.find() ? text.lineAt(call.start()) : inv.statementLine();
            throw new InvestigationFileException(inv.source(), line, reason);
        });
    }

    private static ResultSummary explain(Investigation inv, Driver driver, String database) {
        SessionConfig config = SessionConfig.builder().withDatabase(database).withDefaultAccessMode(AccessMode.READ).build();
        try (Session session = driver.session(config)) {
            return session.run("EXPLAIN " + inv.statement(), samples(inv)).consume();
        } catch (Neo4jException e) {
            String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            Matcher at = POSITION.matcher(String.valueOf(e.getMessage()));
            int line = at.find() ? inv.statementLine() + Integer.parseInt(at.group(1)) - 1 : inv.statementLine();
            throw new InvestigationFileException(inv.source(), line, "does not compile: " + message);
        }
    }

    /** Defaults, or a value of the declared type, so the planner sees parameters of the right kind. */
    private static Map<String, Object> samples(Investigation inv) {
        Map<String, Object> values = new HashMap<>();
        for (InvestigationParameter p : inv.parameters()) {
            Object sample = switch (p.type().base()) {
                case STRING, ID -> "";
                case INT -> 0L;
                case FLOAT -> 0.0;
                case BOOLEAN -> false;
                case DATE -> LocalDate.EPOCH;
            };
            values.put(p.name(), p.defaultValue() != null ? p.defaultValue() : p.type().list() ? List.of(sample) : sample);
        }
        return values;
    }

    private static Optional<String> refusedOperator(Plan plan) {
        String operator = plan.operatorType().split("@")[0];
        for (Map.Entry<String, String> refused : REFUSED_OPERATORS.entrySet()) {
            if (operator.startsWith(refused.getKey())) {
                return Optional.of(refused.getValue());
            }
        }
        return plan.children().stream().map(StatementCheck::refusedOperator).flatMap(Optional::stream).findFirst();
    }
}
