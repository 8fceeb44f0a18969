package uk.toex.crosslink.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.context.ApplicationContextInitializer;
import uk.toex.crosslink.CrosslinkApplication;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;
import uk.toex.crosslink.store.StoreConnection;

/**
 * Test only: the main class of a child JVM the crash tests start (the command line's own main, run
 * with this hooked into its Spring context), with {@code -Dcrosslink.test.crash-at=POINT:N}: at the N-th passing of POINT the process says
 * {@code CRASH-POINT} on stdout and stops there, so that the test kills it (SIGKILL) at exactly that
 * moment. Points, each a committed transaction of the embedded engine: {@code rows} (one that
 * created person records), {@code batch-done} (a batch marked done: its rows are all in, its
 * placement not begun) and {@code placement} (one that moved records to persons: a placement under way).
 */
public class CrashPoint implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Label PERSON_RECORD = Label.label("PersonRecord");
    private static final RelationshipType RESOLVES_TO = RelationshipType.withName("RESOLVES_TO");

    public static void main(String[] args) {
        SpringApplication.withHook(application -> new SpringApplicationRunListener() {
            @Override
            public void contextPrepared(ConfigurableApplicationContext context) {
                new CrashPoint().initialize(context);
            }
        }, () -> CrosslinkApplication.main(args));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String at = System.getProperty("crosslink.test.crash-at");
        if (at == null) {
            return;
        }
        String point = at.substring(0, at.indexOf(':'));
        int nth = Integer.parseInt(at.substring(at.indexOf(':') + 1));
        AtomicInteger passed = new AtomicInteger();
        context.addApplicationListener((ApplicationListener<ContextRefreshedEvent>) refreshed -> refreshed
                .getApplicationContext().getBean(StoreConnection.class).embeddedEngine().orElseThrow()
                .registerTransactionEventListener("neo4j", new TransactionEventListenerAdapter<Object>() {
                    @Override
                    public void afterCommit(TransactionData data, Object state, org.neo4j.graphdb.GraphDatabaseService db) {
                        boolean rows = false;
                        for (var label : data.assignedLabels()) {
                            rows |= label.label().equals(PERSON_RECORD);
                        }
                        boolean moved = false;
                        for (var created : data.createdRelationships()) {
                            moved |= created.isType(RESOLVES_TO);
                        }
                        boolean done = false;
                        for (var property : data.assignedNodeProperties()) {
                            done |= property.key().equals("status") && "done".equals(property.value());
                        }
                        boolean reached = switch (point) {
                            case "rows" -> rows;
                            case "batch-done" -> done;
                            case "placement" -> moved && !rows;
                            default -> throw new IllegalArgumentException("no crash point " + point);
                        };
                        if (reached) {
                            stopAt(at, passed, nth);
                        }
                    }
                }));
    }

    private static void stopAt(String at, AtomicInteger passed, int nth) {
        if (passed.incrementAndGet() != nth) {
            return;
        }
        System.out.println("CRASH-POINT " + at);
        System.out.flush();
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Runtime.getRuntime().halt(137);
        }
    }
}
