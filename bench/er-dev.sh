#!/usr/bin/env bash
# Resolution accuracy on the public labelled development sets (issue 13), set by set: pairwise
# precision / recall / F1 and B-cubed, with times. Each set is a folder of batch folders in the
# ingest format plus truth.csv (force,system,record_id,entity_id).
#
# Usage: bench/er-dev.sh [--store] [SET_DIR...]     build first: mvn -q -DskipTests package
#   default sets: ../shared/er-dev/{febrl1,febrl2,splink_fake20k} relative to the repository
#   --store: as an outside user would, ingest each set into a fresh embedded store, export-entities,
#            then accuracy (slower); without it the engine alone (bench resolve --batches), same engine
#            and default settings, which also prints per-rule blocking figures.
# Environment: BENCH_JAR (default target/crosslink.jar), BENCH_HEAP (default 2g), BENCH_OUT
#   (default bench/out/er-dev), BENCH_ERRORS (print that many missed and wrong pairs per set to the .err file).
# Prints one line per set (also appended to $BENCH_OUT/results.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
STORE=0
if [ "${1:-}" = "--store" ]; then STORE=1; shift; fi
JAR=${BENCH_JAR:-target/crosslink.jar}
HEAP=${BENCH_HEAP:-2g}
OUT=${BENCH_OUT:-bench/out/er-dev}
[ -f "$JAR" ] || { echo "no $JAR: run mvn -q -DskipTests package" >&2; exit 2; }
SETS=("$@")
if [ ${#SETS[@]} -eq 0 ]; then
  DEV=../shared/er-dev
  [ -d "$DEV" ] || DEV=../../shared/er-dev   # from a git worktree one level deeper
  for s in febrl1 febrl2 splink_fake20k; do SETS+=("$DEV/$s"); done
fi
mkdir -p "$OUT"
for set in "${SETS[@]}"; do
  [ -f "$set/truth.csv" ] || { echo "$set: no truth.csv (is ../shared/er-dev present?)" >&2; exit 2; }
  name=$(basename "$set")
  start=$(date +%s.%N)
  if [ "$STORE" = 1 ]; then
    rm -rf "$OUT/$name-store" "$OUT/$name-entities.csv"
    java -Xmx$HEAP -jar "$JAR" ingest "$set"/*/ --data-dir "$OUT/$name-store" --crosslink.neo4j.bolt-port=0 \
      > "$OUT/$name-ingest.json" 2> "$OUT/$name.err"
    java -Xmx$HEAP -jar "$JAR" export-entities --data-dir "$OUT/$name-store" --out "$OUT/$name-entities.csv" \
      --crosslink.neo4j.bolt-port=0 >> "$OUT/$name.err" 2>&1
    result=$(java -Xmx$HEAP -jar "$JAR" accuracy --truth "$set/truth.csv" --entities "$OUT/$name-entities.csv" 2>>"$OUT/$name.err" | tail -1)
    rm -rf "$OUT/$name-store"
  else
    java -Xmx$HEAP -Dcrosslink.bench.errors=${BENCH_ERRORS:-0} -jar "$JAR" bench resolve --batches "$set" \
      --truth "$set/truth.csv" > "$OUT/$name.out" 2> "$OUT/$name.err"
    result="$(grep -o 'engine=[0-9.]*s' "$OUT/$name.out") $(tail -1 "$OUT/$name.out")"
  fi
  end=$(date +%s.%N)
  line="$(date -u +%FT%TZ) set=$name mode=$([ "$STORE" = 1 ] && echo store || echo engine) wall_s=$(awk "BEGIN {printf \"%.1f\", $end - $start}") $result"
  echo "$line" | tee -a "$OUT/results.txt"
done
