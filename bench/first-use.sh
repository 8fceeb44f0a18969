#!/usr/bin/env bash
# First use and operations: how long the everyday commands take, end to end from the shell
# (JVM start included), median of RUNS runs each. Run it wrapped in the machine's heavy-job lock
# and on a quiet machine; it writes only under bench/out/first-use/.
#   bench/first-use.sh [STORE] [RUNS]
# STORE: a store to copy for export-entities (e.g. a 100k store built by bench/ingest.sh);
#        without it that step is skipped. The 2k-person world is generated here (seed 42).
# Each command is timed twice: as `java -jar target/crosslink.jar ...` and through bin/crosslink
# (the unpacked jar with one class data sharing archive per command; its first, archive-writing
# run is timed on its own as "first"). Every line gives the median wall time and the median CPU
# time (user + sys), which a busy machine disturbs far less.
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
timed() { # name, runs, command...
  local name=$1 runs=$2; shift 2
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %U %S' -o "$OUT/$name.time" "$@" > "$OUT/$name.out" 2> "$OUT/$name.err"
    cat "$OUT/$name.time"
  done > "$OUT/$name.times"
  printf "%-26s wall median %.2f s, CPU median %.2f s, of %s runs\n" "$name" \
    "$(awk '{print $1}' "$OUT/$name.times" | median)" "$(awk '{print $2 + $3}' "$OUT/$name.times" | median)" "$runs"
}
# every command both ways: NAME JAVA_OPTS ARGS...; the wrapper's first run writes its archive
both() {
  local name=$1 opts=$2; shift 2
  # shellcheck disable=SC2086
  timed "$name" "$RUNS" java $opts -jar "$JAR" "$@"
  JAVA_OPTS=$opts CROSSLINK_JAR="$JAR" timed "$name-wrapper-first" 1 bin/crosslink "$@"
  JAVA_OPTS=$opts CROSSLINK_JAR="$JAR" timed "$name-wrapper" "$RUNS" bin/crosslink "$@"
}
rm -rf "${JAR%.jar}-app" # the wrapper unpacks this build afresh (not timed)
CROSSLINK_JAR="$JAR" bin/crosslink --version > /dev/null && rm -f "${JAR%.jar}-app"/cds/*

both help "" --help
both version "" --version
both token "" --data-dir "$OUT/data" token --user bench --roles ANALYST --forces NORFOLK

java -jar "$JAR" generate --out "$OUT/world" --persons 2000 --seed 42 > /dev/null
java -Xmx2g -jar "$JAR" --data-dir "$OUT/store2k" --crosslink.neo4j.bolt-port=0 ingest --quiet "$OUT"/world/*/ > /dev/null
both reingest-2k -Xmx2g --data-dir "$OUT/store2k" --crosslink.neo4j.bolt-port=0 ingest --quiet "$OUT"/world/*/

if [ -n "$STORE" ]; then
  cp -a "$STORE" "$OUT/store"
  both export-entities -Xmx4g --data-dir "$OUT/store" --crosslink.neo4j.bolt-port=0 \
    --crosslink.neo4j.page-cache=2g export-entities --out "$OUT/entities.csv"
  echo "exported rows: $(($(wc -l < "$OUT/entities.csv") - 1))"
  rm -rf "$OUT/store"
fi
