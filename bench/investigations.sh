#!/usr/bin/env bash
# Saved investigations benchmark (issue 10): what the caller's view costs per run. Serves a COPY
# of an existing store, then times runInvestigation(bench-count) over HTTP (a statement that costs
# next to nothing itself) for callers who see more or less of the store, against a plain read.
#
# Usage: bench/investigations.sh STORE_DIR [RUNS]     build first: mvn -q -DskipTests package
#   STORE_DIR is copied (cp -a) to BENCH_OUT/store; the original is never opened.
# Environment: BENCH_JAR (default target/crosslink.jar), BENCH_HEAP (4g), BENCH_PAGE_CACHE (1g),
#   BENCH_PORT (18030), BENCH_OUT (bench/out/investigations). Wrap in flock /work/heavy.lock on shared machines.
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=${1:?store directory to copy}
RUNS=${2:-5}
JAR=${BENCH_JAR:-target/crosslink.jar}
OUT=${BENCH_OUT:-bench/out/investigations}
PORT=${BENCH_PORT:-18030}
rm -rf "$OUT"; mkdir -p "$OUT"
cp -a "$SRC" "$OUT/store"
java -Xmx${BENCH_HEAP:-4g} -jar "$JAR" --data-dir "$OUT/store" --crosslink.neo4j.bolt-port=0 --server.port=$PORT \
  --crosslink.neo4j.page-cache=${BENCH_PAGE_CACHE:-1g} --crosslink.investigations.dir=bench/investigations \
  --crosslink.investigations.timeout=600s --crosslink.security.limits.timeout=600s > "$OUT/serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" > /dev/null; do sleep 2; done
token() { java -jar "$JAR" token --user bench --roles "$1" --forces "$2" --data-dir "$OUT/store" 2>/dev/null; }
post() { # token, JSON body -> seconds
  curl -s -o "$OUT/last.json" -w '%{time_total}' -H "Authorization: Bearer $1" -H 'X-Purpose: benchmark' \
    -H 'Content-Type: application/json' -d "$2" "http://127.0.0.1:$PORT/graphql"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
RUN='{"query":"{ runInvestigation(name: \"bench-count\") { rows } }"}'
READ='{"query":"{ persons(first: 10) { totalCount } }"}'
echo "caller,runs,median_run_s,records_seen,median_persons_totalCount_s" | tee "$OUT/results.csv"
set -f  # '*' (every force) must reach the token command as it is
for caller in "ANALYST *" "ANALYST NORFOLK" "PARTNER NORFOLK"; do
  set -- $caller
  t=$(token "$1" "$2")
  post "$t" "$RUN" > /dev/null   # first run plans the view's queries
  runs=$(for i in $(seq "$RUNS"); do post "$t" "$RUN"; echo; done | median)
  seen=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["data"]["runInvestigation"]["rows"][0]["records"] if d.get("data") else d)' "$OUT/last.json")
  post "$t" "$READ" > /dev/null
  reads=$(for i in $(seq "$RUNS"); do post "$t" "$READ"; echo; done | median)
  echo "$1 $2,$RUNS,$runs,$seen,$reads" | tee -a "$OUT/results.csv"
done
