#!/usr/bin/env bash
# Ingest benchmark: a synthetic persons.csv (default 100,000 rows) into a fresh embedded store
# through the real command line, then the same batch again (all unchanged).
# Prints rows/s of each run (from the report's elapsedMs) and the peak heap seen by the GC.
# Usage: bench/ingest-persons.sh [ROWS] [HEAP]      e.g. bench/ingest-persons.sh 100000 2g
# BENCH_JAR picks another jar (to compare builds), BENCH_OPTS adds ingest arguments
# (e.g. --crosslink.ingest.writers=1). Each run's line is appended to bench/out/ingest-persons-results.txt.
# bench/ingest.sh is the issue 2 benchmark (a generated world of every file kind); this one
# isolates persons.csv, the costliest file, written through the store's transactions (--no-bulk:
# a new store would otherwise take the first-load importer, which bench/ingest.sh measures).
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-100000}
HEAP=${2:-2g}
JAR=${BENCH_JAR:-target/crosslink.jar}
OUT=bench/out/ingest-persons
rm -rf "$OUT"
mkdir -p "$OUT"
[ -f "$JAR" ] || mvn -o -q -B -DskipTests package
[ -f target/test-classes/uk.toex.crosslink.ingest.bench.PersonsCsvBatch.class ] || mvn -o -q -B test-compile
java -cp target/test-classes uk.toex.crosslink.ingest.bench.PersonsCsvBatch "$OUT/batch" "$ROWS"
echo "persons.csv: $ROWS rows, $(du -h "$OUT/batch/persons.csv" | cut -f1)"

run() {
  local name=$1
  local start end
  start=$(date +%s.%N)
  java -Xmx"$HEAP" -XX:+UseParallelGC -Xlog:gc:file="$OUT/gc-$name.log" -jar "$JAR" \
    --data-dir "$OUT/data" --crosslink.neo4j.bolt-port=0 ${BENCH_OPTS:-} ingest --no-bulk "$OUT/batch" > "$OUT/report-$name.json" 2> "$OUT/stderr-$name.log"
  end=$(date +%s.%N)
  python3 - "$OUT/report-$name.json" "$OUT/gc-$name.log" "$name" "$start" "$end" "$JAR ${BENCH_OPTS:-}" "$(cut -d' ' -f1-3 /proc/loadavg)" <<'PY'
import json, re, sys
report = json.load(open(sys.argv[1]))
peak = 0
for line in open(sys.argv[2]):
    m = re.search(r'(\d+)M->(\d+)M', line)
    if m:
        peak = max(peak, int(m.group(1)))
wall = float(sys.argv[5]) - float(sys.argv[4])
rows, ms = report['rows'], report['elapsedMs']
print(f"{sys.argv[3]:>6}: {rows} rows (new {report['accepted']}, updated {report['updated']}, unchanged {report['unchanged']}, "
      f"rejected {report['rejected']}) in {ms/1000:.1f} s = {rows*1000/ms:,.0f} rows/s; "
      f"process wall {wall:.1f} s; peak heap before GC {peak} MB")
with open('bench/out/ingest-persons-results.txt', 'a') as out:
    out.write(f"{sys.argv[3]} rows={rows} ingest_s={ms/1000:.1f} rows_per_s={rows*1000/ms:.0f} process_s={wall:.1f} "
              f"peak_heap_mb={peak} load={sys.argv[7].replace(' ', ',')} jar={sys.argv[6]}\n")
PY
  grep -h "rows per CPU-second" "$OUT/stderr-$name.log" | sed "s/^/        /"
}
run first
run again
