#!/usr/bin/env bash
# First use and operations: how long the everyday commands take, end to end from the shell
# (JVM start included), median of RUNS runs each. Run it wrapped in the machine's heavy-job lock
# and on a quiet machine; it writes only under bench/out/first-use/.
#   bench/first-use.sh [STORE] [RUNS]
# STORE: a store to copy for export-entities (e.g. a 100k store built by bench/ingest.sh);
#        without it that step is skipped. The 2k-person world is generated here (seed 42).
set -euo pipefail
cd "$(dirname "$0")/.."
STORE=${1:-}
RUNS=${2:-5}
JAR=${BENCH_JAR:-target/crosslink.jar}
OUT=bench/out/first-use
rm -rf "$OUT"
mkdir -p "$OUT"
[ -f "$JAR" ] || mvn -o -q -B -DskipTests package

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
timed() { # name, command...
  local name=$1; shift
  for _ in $(seq "$RUNS"); do
    local start end
    start=$(date +%s.%N)
    "$@" > "$OUT/$name.out" 2> "$OUT/$name.err"
    end=$(date +%s.%N)
    echo "$end - $start" | bc
  done | median | xargs printf "%-18s median %.2f s of $RUNS runs\n" "$name"
}

timed help java -jar "$JAR" --help
timed version java -jar "$JAR" --version
timed token java -jar "$JAR" --data-dir "$OUT/data" token --user bench --roles ANALYST --forces NORFOLK

java -jar "$JAR" generate --out "$OUT/world" --persons 2000 --seed 42 > /dev/null
java -Xmx2g -jar "$JAR" --data-dir "$OUT/store2k" --crosslink.neo4j.bolt-port=0 ingest --quiet "$OUT"/world/*/ > /dev/null
timed reingest-2k java -Xmx2g -jar "$JAR" --data-dir "$OUT/store2k" --crosslink.neo4j.bolt-port=0 ingest --quiet "$OUT"/world/*/

if [ -n "$STORE" ]; then
  cp -a "$STORE" "$OUT/store"
  timed export-entities java -Xmx4g -jar "$JAR" --data-dir "$OUT/store" --crosslink.neo4j.bolt-port=0 \
    --crosslink.neo4j.page-cache=2g export-entities --out "$OUT/entities.csv"
  echo "exported rows: $(($(wc -l < "$OUT/entities.csv") - 1))"
  rm -rf "$OUT/store"
fi
