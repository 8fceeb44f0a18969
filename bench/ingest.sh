#!/usr/bin/env bash
# Ingest benchmark (issue 2): generate N person records with their linked files, ingest them
# into a fresh embedded store, then time the service's first GraphQL answer on that store.
# Usage: bench/ingest.sh N [SEED]   (build first: mvn -q -DskipTests package)
# Prints one line of figures; details in bench/out/.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:?number of person records}
SEED=${2:-42}
OUT=bench/out/ingest-$N
JAR=target/crosslink.jar
HEAP=${BENCH_HEAP:-4g}
rm -rf "$OUT"; mkdir -p "$OUT"

java -Xmx$HEAP -jar $JAR generate --out "$OUT/batches" --persons "$N" --seed "$SEED" > "$OUT/generate.out"
rows=$(find "$OUT/batches" -name persons.csv -exec sh -c 'tail -n +2 "$1" | wc -l' _ {} \; | awk '{s+=$1} END {print s}')
all_rows=$(find "$OUT/batches" -name '*.csv' -exec sh -c 'tail -n +2 "$1" | wc -l' _ {} \; | awk '{s+=$1} END {print s}')

start=$(date +%s.%N)
/usr/bin/time -v java -Xmx$HEAP -jar $JAR ingest "$OUT"/batches/*/ --data-dir "$OUT/store" \
  --crosslink.neo4j.bolt-port=0 --crosslink.neo4j.page-cache=2g > "$OUT/ingest.json" 2> "$OUT/ingest.err"
end=$(date +%s.%N)
secs=$(awk "BEGIN {print $end - $start}")
rss_kb=$(grep 'Maximum resident' "$OUT/ingest.err" | awk '{print $NF}')
store_mb=$(du -sm "$OUT/store" | cut -f1)

port=18123
t0=$(date +%s.%N)
java -jar $JAR --data-dir "$OUT/store" --crosslink.neo4j.bolt-port=0 --server.port=$port > "$OUT/serve.log" 2>&1 &
pid=$!
until curl -sf -H 'content-type: application/json' -H 'X-Purpose: benchmark' \
    -d '{"query":"{ persons(first: 1) { totalCount } }"}' "http://127.0.0.1:$port/graphql" > "$OUT/first-answer.json" 2>/dev/null \
    && grep -q totalCount "$OUT/first-answer.json"; do
  sleep 0.2
  kill -0 $pid 2>/dev/null || { echo "service died, see $OUT/serve.log"; exit 1; }
done
t1=$(date +%s.%N)
kill $pid; wait $pid 2>/dev/null || true

printf 'persons=%s all_rows=%s ingest_s=%.1f person_rows_per_s=%.0f all_rows_per_s=%.0f peak_rss_mb=%d store_mb=%s first_answer_s=%.1f\n' \
  "$rows" "$all_rows" "$secs" "$(awk "BEGIN {print $rows / $secs}")" "$(awk "BEGIN {print $all_rows / $secs}")" \
  "$((rss_kb / 1024))" "$store_mb" "$(awk "BEGIN {print $t1 - $t0}")"
