package uk.toex.crosslink.investigations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.security.AuditEntry;
import uk.toex.crosslink.security.AuditEntry.Outcome;
import uk.toex.crosslink.security.AuditEntryBuilder;
import uk.toex.crosslink.security.AuditLog;
import uk.toex.crosslink.security.BadRequestException;
import uk.toex.crosslink.store.CrosslinkProperties;
import uk.toex.crosslink.store.CypherLibrary;
import uk.toex.crosslink.store.ReadTimedOutException;
import uk.toex.crosslink.store.StoreMemoryLimits;
import uk.toex.crosslink.store.StoreTimeouts;

/**
 * Runs a saved investigation for a caller: parameters checked against their declared types, then
 * one transaction that first narrows the graph to the caller's view ({@link CallerView}), runs the
 * statement with a timeout and a row cap, renders the rows, and is always rolled back. Every run
 * leaves one audit event naming the investigation and its parameters (strings hashed).
 *
 * <p>Runs take turns: the view deletes nodes inside its transaction, and two such transactions
 * deleting overlapping nodes would wait on each other's locks.
 */
@Component
public class InvestigationRunner {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Driver driver;
    private final String database;
    private final InvestigationCatalogue catalogue;
    private final CallerView view;
    private final CypherLibrary cypher;
    private final AuditLog audit;
    private final InvestigationsProperties settings;
    private final ReentrantLock turns = new ReentrantLock(true);

    public InvestigationRunner(Driver driver, CrosslinkProperties store, InvestigationCatalogue catalogue, CallerView view,
                               CypherLibrary cypher, AuditLog audit, InvestigationsProperties settings) {
        this.driver = driver;
        this.database = store.neo4j().database();
        this.catalogue = catalogue;
        this.view = view;
        this.cypher = cypher;
        this.audit = audit;
        this.settings = settings;
    }

    public InvestigationResult run(String name, Map<String, ?> params, InvestigationCaller who) {
        AuditEntryBuilder entry = AuditEntry.by(who.caller(), who.channel()).purpose(who.purpose())
                .operation(name, "investigation", List.of("investigation:" + name));
        try {
            Investigation inv = catalogue.find(name)
                    .orElseThrow(() -> new BadRequestException("no investigation named " + name));
            Map<String, Object> bound = ParameterValues.bind(inv, params);
            List<String> hashes = new ArrayList<>();
            Map<String, Object> audited = ParameterValues.forAudit(inv, bound, v -> {
                String h = audit.hash(v);
                hashes.add(h);
                return h;
            });
            entry.query(null, json(Map.of("investigation", name, "params", audited)), hashes);
            if (!who.operator() && !who.caller().hasAny(inv.allowedRoles())) {
                throw new InvestigationNotAllowedException("investigation " + name + " needs one of the roles "
                        + inv.allowedRoles().stream().map(Enum::name).sorted().toList());
            }
            Rendered rendered = inTurn(inv, bound, who);
            audit.record(entry.disclosed(rendered.disclosed(), rendered.disclosed().size()).outcome(Outcome.OK));
            return rendered.result();
        } catch (InvestigationNotAllowedException e) {
            audit.record(entry.errors(List.of("FORBIDDEN")).outcome(Outcome.DENIED));
            throw e;
        } catch (BadRequestException e) {
            audit.record(entry.errors(List.of("BAD_REQUEST")).outcome(Outcome.ERROR));
            throw e;
        } catch (ReadTimedOutException e) {
            audit.record(entry.errors(List.of("TIMEOUT")).outcome(Outcome.ERROR));
            throw e;
        } catch (RuntimeException e) {
            audit.record(entry.errors(List.of("INVESTIGATION_FAILED")).outcome(Outcome.ERROR));
            throw e;
        }
    }

    private record Rendered(InvestigationResult result, List<String> disclosed) {
    }

    private Rendered inTurn(Investigation inv, Map<String, Object> bound, InvestigationCaller who) {
        try {
            if (!turns.tryLock(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ReadTimedOutException(settings.timeout(), null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadTimedOutException(settings.timeout(), e);
        }
        try {
            return inView(inv, bound, who);
        } catch (RuntimeException e) {
            if (StoreMemoryLimits.isMemoryLimit(e)) {
                // the view removes what the caller may not see: for a caller who sees little of a large store, most of it
                throw new BadRequestException("investigation " + inv.name() + " cannot run for this caller: building the"
                        + " caller's view of the store needs more transaction memory than the store allows"
                        + " (crosslink.neo4j.tx-memory-max); ask an administrator");
            }
            throw StoreTimeouts.isTimeout(e) ? new ReadTimedOutException(settings.timeout(), e) : e;
        } finally {
            turns.unlock();
        }
    }

    private Rendered inView(Investigation inv, Map<String, Object> bound, InvestigationCaller who) {
        SessionConfig config = SessionConfig.builder().withDatabase(database).withDefaultAccessMode(AccessMode.WRITE).build();
        TransactionConfig limits = TransactionConfig.builder().withTimeout(settings.timeout())
                .withMetadata(Map.of("crosslink", "investigation " + inv.name())).build();
        try (Session session = driver.session(config); Transaction tx = session.beginTransaction(limits)) {
            try {
                view.restrict(tx, who.scope());
                Result result = tx.run(inv.statement(), bound);
                List<String> columns = result.keys();
                List<Record> records = new ArrayList<>();
                while (records.size() < settings.maxRows() && result.hasNext()) {
                    records.add(result.next());
                }
                boolean truncated = result.hasNext();
                return render(tx, columns, records, truncated);
            } finally {
                if (tx.isOpen()) {
                    tx.rollback(); // the caller's view is never stored
                }
            }
        }
    }

    private Rendered render(Transaction tx, List<String> columns, List<Record> records, boolean truncated) {
        ValueRenderer renderer = new ValueRenderer();
        Set<String> unknown = new HashSet<>();
        records.forEach(r -> r.values().forEach(v -> renderer.unknownEnds(v.asObject(), unknown)));
        if (!unknown.isEmpty()) {
            tx.run(cypher.get("view/node-keys"), Map.of("ids", List.copyOf(unknown))).forEachRemaining(r ->
                    renderer.knowNode(r.get("id").asString(), r.get("labels").asList(v -> v.asString()), r.get("props").asMap()));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Record r : records) {
            Map<String, Object> row = new LinkedHashMap<>();
            columns.forEach(c -> row.put(c, renderer.render(r.get(c).asObject())));
            rows.add(row);
        }
        return new Rendered(new InvestigationResult(columns, rows, truncated), renderer.disclosed());
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return "{}";
        }
    }
}
