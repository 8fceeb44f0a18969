package uk.toex.crosslink.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.AccessMode;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.search.SearchTokens;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.store.CypherLibrary;

/**
 * The investigation API benchmark (bench/investigation.sh): searchPersons, Person.network(depth: 2),
 * paths, deconflict and advertClusters over HTTP against a running service, at concurrency 1 and 16,
 * and the same Cypher files run through the Java driver over Bolt in the same run (raw). Prints one
 * line per operation and mode: p50/p95/p99 in ms, throughput, and the HTTP/raw ratio at p99.
 *
 * <p>Usage: InvestigationBench HTTP_URL BOLT_URL TOKEN [REQUESTS_PER_RUN]
 */
public final class InvestigationBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        String http = args[0];
        String bolt = args[1];
        String token = args[2];
        int requests = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        CypherLibrary library = new CypherLibrary();
        Map<String, Object> scope = new AccessScope("bench", java.util.Set.of(), true, true, false).toParameter();
        try (Driver driver = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", System.getenv("BENCH_BOLT_PASSWORD")))) {
            awaitSearchWords(driver);
            Subjects subjects = Subjects.sample(driver, 500);
            HttpClient client = HttpClient.newBuilder().build();
            Map<String, IntConsumer[]> ops = new LinkedHashMap<>();
            ops.put("searchPersons", new IntConsumer[] {
                i -> graphql(client, http, token, "query($i: PersonSearchInput!) { searchPersons(input: $i, first: 10) { score person { id } } }",
                        Map.of("i", Map.of("name", subjects.name(i), "dob", subjects.dob(i)))),
                i -> raw(driver, library, "queries/search/candidates-by-name", scope,
                        Map.of("query", SearchTokens.query(subjects.name(i), subjects.dob(i)), "limit", candidates()))});
            ops.put("network(depth 2)", new IntConsumer[] {
                i -> graphql(client, http, token, "query($id: ID!) { person(id: $id) { network(depth: 2) { nodes { id } edges { kind explanation } cappedHubs } } }",
                        Map.of("id", GlobalId.encode("Person", subjects.person(i)))),
                i -> {
                    List<String> frontier = rawIds(driver, library, scope, List.of(subjects.person(i)));
                    rawIds(driver, library, scope, frontier);
                }});
            ops.put("paths", new IntConsumer[] {
                i -> graphql(client, http, token, "query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 3, first: 3) { hops { kind explanation } } }",
                        Map.of("a", GlobalId.encode("Person", subjects.pathFrom(i)), "b", GlobalId.encode("Person", subjects.pathTo(i)))),
                i -> {
                    List<String> frontier = rawIds(driver, library, scope, List.of(subjects.pathFrom(i)));
                    if (!frontier.contains(subjects.pathTo(i))) {
                        rawIds(driver, library, scope, frontier);
                    }
                }});
            ops.put("deconflict", new IntConsumer[] {
                i -> graphql(client, http, token, "query($id: ID!) { deconflict(input: {person: $id}) { force operation { name leadOfficer } via } }",
                        Map.of("id", GlobalId.encode("Person", subjects.person(i)))),
                i -> raw(driver, library, "queries/deconfliction/person-hits", scope, Map.of("subjects",
                        List.of(Map.of("personId", subjects.person(i), "via", "the person")), "hubCap", 50, "limit", 2000))});
            ops.put("advertClusters", new IntConsumer[] {
                i -> graphql(client, http, token, "{ advertClusters(first: 20) { totalCount edges { node { id reasons adverts { recordId } persons { id } } } } }", Map.of()),
                i -> raw(driver, library, "queries/adverts/visible-adverts", scope, Map.of())});
            // the same page of clusters as a client pages it now: 20 adverts and persons of each, and their counts
            ops.put("advertClusters(paged)", new IntConsumer[] {
                i -> graphql(client, http, token, "{ advertClusters(first: 20) { totalCount edges { node { id reasons advertCount"
                        + " personCount adverts(first: 20) { recordId } persons(first: 20) { id } } } } }", Map.of()),
                i -> raw(driver, library, "queries/adverts/visible-adverts", scope, Map.of())});
            System.out.println(topOneRecall(client, http, token, subjects));
            String only = System.getProperty("bench.only", "");
            for (Map.Entry<String, IntConsumer[]> op : ops.entrySet()) {
                if (!only.isEmpty() && !only.equals(op.getKey())) {
                    continue;
                }
                int n = op.getKey().startsWith("advertClusters") ? Math.max(10, requests / 10) : requests;
                for (int concurrency : new int[] {1, 16}) {
                    run(op.getValue()[0], Math.min(20, n), concurrency); // warm-up
                    run(op.getValue()[1], Math.min(20, n), concurrency);
                    Stats api = run(op.getValue()[0], n, concurrency);
                    Stats raw = run(op.getValue()[1], n, concurrency);
                    System.out.printf("%-18s c=%-2d API p50 %7.1f p95 %7.1f p99 %7.1f ms %6.1f/s %d failed | raw p50 %7.1f p95 %7.1f p99 %7.1f ms %6.1f/s | p99 ratio %.2f%n",
                            op.getKey(), concurrency, api.p(50), api.p(95), api.p(99), api.throughput, api.failed, raw.p(50), raw.p(95),
                            raw.p(99), raw.throughput, api.p(99) / raw.p(99));
                }
            }
        }
    }

    /** The service's full-text candidates per search: CROSSLINK_SEARCH_CANDIDATES when the script sets it, else its default. */
    static int candidates() {
        String set = System.getenv("CROSSLINK_SEARCH_CANDIDATES");
        return set == null || set.isBlank() ? 100 : Integer.parseInt(set.strip());
    }

    /**
     * Top-1 recall of searchPersons: each sampled record's name and date of birth, asked of a person
     * whose other records spell the name otherwise, should rank the person it resolves to first.
     */
    static String topOneRecall(HttpClient client, String url, String token, Subjects subjects) throws Exception {
        int hits = 0;
        for (int i = 0; i < subjects.size(); i++) {
            String body = graphql(client, url, token, "query($i: PersonSearchInput!) { searchPersons(input: $i, first: 1) { person { id } } }",
                    Map.of("i", Map.of("name", subjects.name(i), "dob", subjects.dob(i))));
            if (body.contains(GlobalId.encode("Person", subjects.person(i)))) {
                hits++;
            }
        }
        return String.format("searchPersons top-1 recall %d/%d = %.3f (name + date of birth of one record of a person held under other spellings)",
                hits, subjects.size(), hits / (double) subjects.size());
    }

    /** An older store gets its search words in the background on the service's first start. */
    static void awaitSearchWords(Driver driver) throws InterruptedException {
        long start = System.nanoTime();
        while (true) {
            try (Session session = driver.session()) {
                long missing = session.run("MATCH (r:PersonRecord) WHERE r.searchVersion IS NULL RETURN count(r) AS n")
                        .single().get("n").asLong();
                if (missing == 0) {
                    System.out.printf("search words present (waited %.0f s)%n", (System.nanoTime() - start) / 1e9);
                    return;
                }
            }
            Thread.sleep(5000);
        }
    }

    /** Times of the requests that answered; a failed one (an error, a timeout) is counted, not timed. */
    record Stats(List<Double> millis, double throughput, int failed) {
        double p(int percentile) {
            return millis.get(Math.min(millis.size() - 1, (int) Math.ceil(percentile / 100.0 * millis.size()) - 1));
        }
    }

    static Stats run(IntConsumer op, int n, int concurrency) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    long s = System.nanoTime();
                    try {
                        op.accept(i);
                        millis.add((System.nanoTime() - s) / 1e6);
                    } catch (IllegalStateException e) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            sorted.add(Double.NaN);
        }
        return new Stats(sorted, (n - failed.get()) / seconds, failed.get());
    }

    static String graphql(HttpClient client, String url, String token, String query, Map<String, Object> variables) {
        try {
            String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .header("X-Purpose", "benchmark").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                throw new IllegalStateException("GraphQL failed: " + response.statusCode() + " "
                        + response.body().substring(0, Math.min(300, response.body().length())));
            }
            return response.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Map<String, Object>> raw(Driver driver, CypherLibrary library, String name, Map<String, Object> scope,
                                         Map<String, Object> params) {
        Map<String, Object> all = new java.util.HashMap<>(params);
        all.put("scope", scope);
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.executeRead(tx -> tx.run(library.get(name), all).list(r -> r.asMap()));
        }
    }

    /** One hop of the network walk as raw Cypher: the associates' ids. */
    static List<String> rawIds(Driver driver, CypherLibrary library, Map<String, Object> scope, List<String> persons) {
        return raw(driver, library, "queries/network/neighbours", scope, Map.of("persons", persons,
                "via", uk.toex.crosslink.network.LinkKinds.ALL, "hubCap", 25, "limit", 20_000)).stream()
                .map(r -> (String) r.get("toPerson")).filter(java.util.Objects::nonNull).distinct().toList();
    }
}
