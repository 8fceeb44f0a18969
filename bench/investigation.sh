#!/usr/bin/env bash
# Investigation API benchmark (issue 9): searchPersons, Person.network(depth: 2), paths, deconflict and
# advertClusters over HTTP at concurrency 1 and 16, and the same Cypher files through the Java driver
# over Bolt in the same run (uk.toex.crosslink.bench.InvestigationBench prints p50/p95/p99, throughput
# and the API/raw ratio at p99).
#
# Usage: bench/investigation.sh STORE_DIR [REQUESTS]   e.g. bench/investigation.sh /work/stores/store-100000 200
# The store is copied first (the service writes search words into the copy on its first start) and
# the copy deleted afterwards. Environment: BENCH_HEAP (default 4g; 6g for 1M), BENCH_PAGE_CACHE
# (default 1g; 4g for 1M), BENCH_HTTP_PORT / BENCH_BOLT_PORT (default 18040 / 17040),
# BENCH_SCRATCH (default /tmp/crosslink-investigation-bench), BENCH_ONLY (one operation, e.g. advertClusters),
# CROSSLINK_SEARCH_CANDIDATES (the service's full-text candidates per search, default 100; the raw side follows it).
set -euo pipefail
cd "$(dirname "$0")/.."
STORE=${1:?store directory}
REQUESTS=${2:-200}
HTTP_PORT=${BENCH_HTTP_PORT:-18040}
BOLT_PORT=${BENCH_BOLT_PORT:-17040}
SCRATCH=${BENCH_SCRATCH:-/tmp/crosslink-investigation-bench}
JAR=target/crosslink.jar
[ -f "$JAR" ] || mvn -o -q -B -DskipTests package
mvn -o -q -B test-compile
CP="target/test-classes:target/classes:$(mvn -o -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
rm -rf "$SCRATCH" && mkdir -p "$SCRATCH" && cp -a "$STORE" "$SCRATCH/store"
TOKEN=$(java -jar "$JAR" token --user bench --roles ANALYST,INVESTIGATOR --forces '*' --data-dir "$SCRATCH/store")
java -Xmx"${BENCH_HEAP:-4g}" -XX:+UseParallelGC -jar "$JAR" --data-dir "$SCRATCH/store" --server.port="$HTTP_PORT" \
  --crosslink.neo4j.bolt-port="$BOLT_PORT" --crosslink.neo4j.page-cache="${BENCH_PAGE_CACHE:-1g}" > "$SCRATCH/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null; rm -rf "$SCRATCH"' EXIT
until curl -sf "http://127.0.0.1:$HTTP_PORT/actuator/health" > /dev/null; do sleep 2; done
# (InvestigationBench waits until the service has written every record's search words)
BENCH_BOLT_PASSWORD=$(cat "$SCRATCH/store/security/bolt-password") java -Xmx1g -Dbench.only="${BENCH_ONLY:-}" -cp "$CP" uk.toex.crosslink.bench.InvestigationBench "http://127.0.0.1:$HTTP_PORT/graphql" \
  "bolt://127.0.0.1:$BOLT_PORT" "$TOKEN" "$REQUESTS" | tee -a bench/out/investigation-results.txt
