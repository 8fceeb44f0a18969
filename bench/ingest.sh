#!/usr/bin/env bash
# Ingest benchmark (issue 2): generate a world of N person records with all their linked files,
# ingest every batch into a fresh embedded store with one `ingest` command, then time the
# service's first GraphQL answer on that store (token minted by the `token` command).
#
# Usage: bench/ingest.sh N [SEED]        build first: mvn -q -DskipTests package
# Environment: BENCH_JAR (default target/crosslink.jar), BENCH_HEAP (default 4g: enough for a first load of 1M,
#   which resolves the whole world in memory before the import), BENCH_PAGE_CACHE (default 1g; 4g from 500k persons),
#   BENCH_OPTS (extra ingest arguments, e.g. --no-bulk for the transactional path), BENCH_OUT (default
#   bench/out/ingest-N), BENCH_WORLD (an existing generated world instead of generate --seed SEED).
# Prints one line of figures (also appended to bench/out/ingest-results.txt); details in BENCH_OUT.
#   person_rows_per_s / all_rows_per_s: rows over the whole ingest process (JVM start to exit)
#   ingest_s: the batches' own elapsedMs summed (store open and JVM start left out)
#   peak_heap_mb: largest heap before a GC (GC log); peak_rss_mb: /usr/bin/time -v
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:?number of person records}
SEED=${2:-42}
JAR=${BENCH_JAR:-target/crosslink.jar}
HEAP=${BENCH_HEAP:-4g}
if [ -z "${BENCH_PAGE_CACHE:-}" ]; then
  if [ "$N" -ge 500000 ]; then BENCH_PAGE_CACHE=4g; else BENCH_PAGE_CACHE=1g; fi
fi
OUT=${BENCH_OUT:-bench/out/ingest-$N}
[ -f "$JAR" ] || { echo "no $JAR: run mvn -q -DskipTests package" >&2; exit 2; }
rm -rf "$OUT"; mkdir -p "$OUT"

# the generated world is cached per N and seed: generating is not what is measured
WORLD=${BENCH_WORLD:-bench/out/world-$N-$SEED}
if [ ! -f "$WORLD/.done" ] && [ -z "${BENCH_WORLD:-}" ]; then
  rm -rf "$WORLD"
  java -Xmx$HEAP -jar "$JAR" generate --out "$WORLD" --persons "$N" --seed "$SEED" > "$OUT/generate.out"
  touch "$WORLD/.done"
fi

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
start=$(date +%s.%N)
/usr/bin/time -v java -Xmx$HEAP -Xlog:gc:file="$OUT/gc.log" -jar "$JAR" ingest "$WORLD"/*/ \
  --data-dir "$OUT/store" --crosslink.neo4j.bolt-port=0 --crosslink.neo4j.page-cache=$BENCH_PAGE_CACHE \
  ${BENCH_OPTS:-} > "$OUT/ingest.json" 2> "$OUT/ingest.err"
end=$(date +%s.%N)
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
secs=$(awk "BEGIN {print $end - $start}")
rss_kb=$(grep 'Maximum resident' "$OUT/ingest.err" | awk '{print $NF}')
store_mb=$(du -sm "$OUT/store" | cut -f1)
# rows as the reports count them (a CSV record may span lines)
read -r ingest_ms rejected unchanged rows all_rows <<< "$(python3 -c '
import json, sys
reports = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
print(sum(r["elapsedMs"] for r in reports), sum(r["rejected"] for r in reports), sum(r["unchanged"] for r in reports),
      sum(r["files"].get("persons.csv", {}).get("rows", 0) for r in reports), sum(r["rows"] for r in reports))' "$OUT/ingest.json")"
peak_heap=$(grep -o '[0-9]*M->' "$OUT/gc.log" | sed 's/M->//' | sort -n | tail -1)
cpu_s=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u + s}' "$OUT/ingest.err")

port=${BENCH_PORT:-18123}
token=$(java -jar "$JAR" token --user bench --roles ANALYST --forces '*' --data-dir "$OUT/store" 2> "$OUT/token.err")
t0=$(date +%s.%N)
java -Xmx$HEAP -jar "$JAR" --data-dir "$OUT/store" --crosslink.neo4j.bolt-port=0 --server.port=$port \
  --crosslink.neo4j.page-cache=$BENCH_PAGE_CACHE > "$OUT/serve.log" 2>&1 &
pid=$!
until curl -sf -H 'content-type: application/json' -H "Authorization: Bearer $token" -H 'X-Purpose: benchmark' \
    -d '{"query":"{ persons(first: 1) { totalCount } }"}' "http://127.0.0.1:$port/graphql" > "$OUT/first-answer.json" 2>/dev/null \
    && grep -q totalCount "$OUT/first-answer.json"; do
  sleep 0.2
  kill -0 $pid 2>/dev/null || { echo "service died, see $OUT/serve.log" >&2; exit 1; }
done
t1=$(date +%s.%N)
kill $pid; wait $pid 2>/dev/null || true

line=$(printf '%s persons=%s all_rows=%s rejected=%s unchanged=%s process_s=%.1f ingest_s=%.1f cpu_s=%.1f person_rows_per_s=%.0f all_rows_per_s=%.0f peak_heap_mb=%s peak_rss_mb=%d store_mb=%s first_answer_s=%.1f total_count=%s load=%s/%s opts=%s' \
  "$(date -u +%FT%TZ)" "$rows" "$all_rows" "$rejected" "$unchanged" "$secs" "$(awk "BEGIN {print $ingest_ms / 1000}")" "$cpu_s" \
  "$(awk "BEGIN {print $rows / $secs}")" "$(awk "BEGIN {print $all_rows / $secs}")" "$peak_heap" \
  "$((rss_kb / 1024))" "$store_mb" "$(awk "BEGIN {print $t1 - $t0}")" \
  "$(grep -o '"totalCount":[0-9]*' "$OUT/first-answer.json" | cut -d: -f2)" "${load_before// /,}" "${load_after// /,}" \
  "jar=$JAR,page-cache=$BENCH_PAGE_CACHE,heap=$HEAP ${BENCH_OPTS:-}")
echo "$line"
echo "$line" >> bench/out/ingest-results.txt
