#!/usr/bin/env bash
# Counts and filtered lists over the per-person facts (issue 15 item 3, issue 9 item 4 at scale):
# persons(force:) { totalCount }, crossForcePersons and forceLinkage, at concurrency 1 and 16, for
# three callers: an all-forces analyst, a SUFFOLK investigator and a SUFFOLK partner. Runs
# bench/read-path.sh once per caller on copies of one store (the count also against the same Cypher
# through the driver); a store made before the facts catches up on start, and the runs wait for it.
#
# Usage: bench/person-facts.sh [N]   (N persons, default 100000; BENCH_STORE as for read-path.sh;
#   without it the first run generates and loads the store and the others copy that one)
# Prints one table per caller (also appended to bench/out/read-path-results.md).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
export BENCH_ONLY=${BENCH_ONLY:-"count crossforce linkage"}
export BENCH_SYSTEMS=${BENCH_SYSTEMS:-"crosslink cypher"}
run() {
  BENCH_ROLES=$1 BENCH_FORCES=$2 BENCH_OUT=bench/out/person-facts-$N-$3 bench/read-path.sh "$N"
}
run ANALYST '*' analyst-all
[ -n "${BENCH_STORE:-}" ] || export BENCH_STORE=bench/out/person-facts-$N-analyst-all/store
run INVESTIGATOR SUFFOLK investigator-suffolk
run PARTNER SUFFOLK partner-suffolk
