#!/usr/bin/env bash
# Duke 1.2 (no.priv.garshol.duke:duke, Maven Central), the peer, on the same labelled sets as
# bench/er-dev.sh, with bench/duke/persons.xml: deduplicates each set's persons.csv, joins Duke's
# links into entities (connected components) and scores them with Crosslink's own `accuracy`.
#
# Usage: bench/duke/duke.sh [SET_DIR...]        (default: ../shared/er-dev/{febrl1,febrl2,splink_fake20k})
# Needs: mvn (fetches Duke once), target/crosslink.jar for scoring, python3.
# Prints one line per set (also appended to bench/out/duke/results.txt).
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=bench/out/duke
mkdir -p "$OUT"
[ -f "$OUT/classpath" ] || mvn -B -q -f bench/duke/pom.xml dependency:build-classpath -Dmdep.outputFile="$PWD/$OUT/classpath"
SETS=("$@")
if [ ${#SETS[@]} -eq 0 ]; then
  DEV=../shared/er-dev
  [ -d "$DEV" ] || DEV=../../shared/er-dev   # from a git worktree one level deeper
  for s in febrl1 febrl2 splink_fake20k; do SETS+=("$DEV/$s"); done
fi
for set in "${SETS[@]}"; do
  name=$(basename "$set")
  batch=$(dirname "$(ls "$set"/*/persons.csv | head -1)")
  sed "s|INPUT|$batch/persons.csv|" bench/duke/persons.xml > "$OUT/$name.xml"
  start=$(date +%s.%N)
  java -Xmx2g -cp "$(cat "$OUT/classpath")" no.priv.garshol.duke.Duke --linkfile="$OUT/$name-links.txt" \
    "$OUT/$name.xml" > "$OUT/$name.out" 2>&1
  end=$(date +%s.%N)
  python3 - "$batch" "$OUT/$name-links.txt" "$OUT/$name-entities.csv" <<'PY'
import csv, json, sys
batch, links, out = sys.argv[1:4]
manifest = json.load(open(batch + "/manifest.json"))
ids = [row["record_id"] for row in csv.DictReader(open(batch + "/persons.csv", encoding="utf-8"))]
parent = {i: i for i in ids}
def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
for line in open(links):
    parts = line.strip().split(",")
    if len(parts) >= 3 and parts[0] == "+":
        parent[find(parts[1])] = find(parts[2])
with open(out, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["force", "system", "record_id", "entity_id"])
    for i in ids:
        w.writerow([manifest["force"], manifest["system"], i, find(i)])
PY
  result=$(java -jar target/crosslink.jar accuracy --truth "$set/truth.csv" --entities "$OUT/$name-entities.csv" 2>/dev/null | tail -1)
  line="$(date -u +%FT%TZ) set=$name peer=duke-1.2 duke_s=$(awk "BEGIN {printf \"%.1f\", $end - $start}") $result"
  echo "$line" | tee -a "$OUT/results.txt"
done
