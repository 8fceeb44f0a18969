package uk.toex.crosslink.store;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The embedded engine's one Bolt user: its password set in-process, and how to connect said once. */
final class BoltUser {

    private static final Logger log = LoggerFactory.getLogger(BoltUser.class);
    private static final CypherLibrary CYPHER = new CypherLibrary();
    private static final Duration SET_PASSWORD_TIMEOUT = Duration.ofMinutes(2);

    private BoltUser() {
    }

    /** In-process calls need no login, so the password can be (re)set before anyone connects. */
    static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            // its own timeout: the engine-wide one is meant for reads and may be a second or two,
            // which a first statement on the system database can take on a busy machine
            try (Transaction tx = dbms.database("system").beginTx(SET_PASSWORD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                tx.execute(CYPHER.get("store/set-bolt-password"), Map.of("password", password)).accept(row -> true);
                tx.commit();
            }
        } catch (QueryExecutionException e) {
            // the engine refuses to "change" a password to the one it already has: nothing to do
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }
    }

    static void announce(String uri, BoltPassword password, boolean forTools) {
        if (!forTools) {
            log.info("Bolt is closed to other tools (the service's own connection uses a random port and password)");
        } else if (password.created()) {
            // printed this once, when generated; afterwards only where it is kept
            log.info("Neo4j's tools can connect to {} as user {} with the generated password {} (kept in {}, mode 600)",
                    uri, BoltPassword.USER, password.value(), password.file());
        } else {
            log.info("Neo4j's tools can connect to {} as user {} with the password in {}", uri, BoltPassword.USER,
                    password.file());
        }
    }
}
