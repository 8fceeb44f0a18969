#!/usr/bin/env bash
# Read-path benchmark (issue 15): Crosslink's GraphQL reads against the same Cypher through the Neo4j
# driver and the same reads through @neo4j/graphql, all three on one store (the embedded store Crosslink
# has open, reached over its Bolt port), interleaved, at concurrency 1 and 16.
#
# Usage: bench/read-path.sh [N]          build first: mvn -q -DskipTests package
#   N persons (default 100000). The store is BENCH_STORE copied (an existing store is never written to:
#   every request leaves an audit event), or else generated with seed 42 and first-loaded with `ingest`.
# Environment: BENCH_JAR (target/crosslink.jar), BENCH_HEAP (4g; 6g from 500k), BENCH_PAGE_CACHE (1g; 4g
#   from 500k), BENCH_SECONDS per window (5), BENCH_ROUNDS (2), BENCH_CONCURRENCY ("1 16"), BENCH_ONLY
#   (query short names, e.g. "person count"), BENCH_SYSTEMS ("crosslink cypher ngql"), BENCH_JFR=1 (records
#   a flight recording of Crosslink to $OUT/crosslink.jfr), BENCH_HTTP_PORT (18070), BENCH_BOLT_PORT (17070),
#   BENCH_NGQL_PORT (18071), BENCH_OUT (bench/out/read-path-N), BENCH_ROLES (ANALYST) and BENCH_FORCES
#   (SUFFOLK; '*' for all): the caller the token is made for (bench/person-facts.sh runs three), BENCH_FACTS=0
#   (no catch-up of per-person facts on a store made before them, and no wait for it: only for queries that do
#   not read the facts, e.g. BENCH_ONLY="person two-hop page-50"; the catch-up would run beside the windows).
# Prints a markdown table (also appended to bench/out/read-path-results.md); raw figures in $OUT/results.json.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
JAR=${BENCH_JAR:-target/crosslink.jar}
if [ "$N" -ge 500000 ]; then HEAP=${BENCH_HEAP:-6g}; PC=${BENCH_PAGE_CACHE:-4g}; else HEAP=${BENCH_HEAP:-4g}; PC=${BENCH_PAGE_CACHE:-1g}; fi
HTTP=${BENCH_HTTP_PORT:-18070}; BOLT=${BENCH_BOLT_PORT:-17070}; NGQL=${BENCH_NGQL_PORT:-18071}
OUT=$(realpath -m "${BENCH_OUT:-bench/out/read-path-$N}")
FORCE=SUFFOLK
ROLES=${BENCH_ROLES:-ANALYST}; CALLER_FORCES=${BENCH_FORCES:-$FORCE}
[ -f "$JAR" ] || { echo "no $JAR: run mvn -q -DskipTests package" >&2; exit 2; }
rm -rf "$OUT"; mkdir -p "$OUT" bench/out

# the @neo4j/graphql server and the load driver (lockfile committed, modules in an ignored folder)
if [ ! -d bench/read-path/node_modules ] || [ bench/read-path/package-lock.json -nt bench/read-path/node_modules ]; then
  (cd bench/read-path && npm ci --no-audit --no-fund --silent)
fi

if [ -n "${BENCH_STORE:-}" ]; then
  cp -a "$BENCH_STORE" "$OUT/store"
else
  WORLD=bench/out/world-$N-42
  if [ ! -f "$WORLD/.done" ]; then
    rm -rf "$WORLD"
    java -Xmx$HEAP -jar "$JAR" generate --out "$WORLD" --persons "$N" --seed 42 > "$OUT/generate.out"
    touch "$WORLD/.done"
  fi
  java -Xmx$HEAP -jar "$JAR" ingest "$WORLD"/*/ --data-dir "$OUT/store" --crosslink.neo4j.bolt-port=0 \
    --crosslink.neo4j.page-cache=$PC > "$OUT/ingest.json" 2> "$OUT/ingest.err"
fi

token=$(java -jar "$JAR" token --user bench --roles "$ROLES" --forces "$CALLER_FORCES" --data-dir "$OUT/store" 2> "$OUT/token.err")
# the caller's scope as security.Caller#scope makes it, for the Cypher the driver runs
partner=false; [[ ",$ROLES," == *,PARTNER,* ]] && partner=true
protected=false; [[ $partner == false && ( ",$ROLES," == *,ANALYST,* || ",$ROLES," == *,INVESTIGATOR,* ) ]] && protected=true
if [ "$CALLER_FORCES" = '*' ]; then all=true; scope_forces='[]'; else all=false; scope_forces=$(python3 -c 'import json,sys; print(json.dumps(sys.argv[1].split(",")))' "$CALLER_FORCES"); fi
FACTS=${BENCH_FACTS:-1}
java -Xmx$HEAP -jar "$JAR" --data-dir "$OUT/store" --crosslink.neo4j.bolt-port=$BOLT --server.port=$HTTP \
  --crosslink.neo4j.page-cache=$PC --crosslink.person-facts.catch-up-on-start=$([ "$FACTS" = 0 ] && echo false || echo true) \
  > "$OUT/crosslink.log" 2>&1 &
crosslink=$!
ngql=""
trap 'kill $crosslink ${ngql} 2>/dev/null || true; wait 2>/dev/null || true' EXIT
until curl -sf -H 'content-type: application/json' -H "Authorization: Bearer $token" -H 'X-Purpose: benchmark' \
    -d '{"query":"{ me { subject } }"}' "http://127.0.0.1:$HTTP/graphql" > /dev/null 2>&1; do
  sleep 0.5
  kill -0 $crosslink 2>/dev/null || { echo "Crosslink died, see $OUT/crosslink.log" >&2; exit 1; }
done
# a store made before the per-person facts catches them up in the background first (resolution.service.PersonFacts)
until [ "$FACTS" = 0 ] || grep -q "Person facts current" "$OUT/crosslink.log"; do
  sleep 1
  kill -0 $crosslink 2>/dev/null || { echo "Crosslink died, see $OUT/crosslink.log" >&2; exit 1; }
done
BOLT_PASSWORD=$(cat "$OUT/store/security/bolt-password") node bench/read-path/server.mjs $NGQL bolt://127.0.0.1:$BOLT > "$OUT/ngql.log" 2>&1 &
ngql=$!
until grep -q ready "$OUT/ngql.log"; do
  sleep 0.5
  kill -0 $ngql 2>/dev/null || { echo "@neo4j/graphql died, see $OUT/ngql.log" >&2; exit 1; }
done

json_list() { printf '%s\n' "$@" | python3 -c 'import json,sys; print(json.dumps([l.strip() for l in sys.stdin if l.strip()]))'; }
cat > "$OUT/config.json" <<JSON
{
  "bolt": "bolt://127.0.0.1:$BOLT",
  "boltPassword": "$(cat "$OUT/store/security/bolt-password")",
  "crosslink": { "url": "http://127.0.0.1:$HTTP/graphql",
                 "headers": { "Authorization": "Bearer $token", "X-Purpose": "benchmark" } },
  "ngql": { "url": "http://127.0.0.1:$NGQL/" },
  "pids": { "crosslink": $crosslink, "ngql": $ngql },
  "scope": { "forces": $scope_forces, "allForces": $all, "seesOtherForcesProtected": $protected, "partner": $partner,
             "protectedFlags": ["VICTIM", "SAFEGUARDING_REFERRAL"] },
  "force": "$FORCE",
  "forces": ["SUFFOLK", "NORFOLK", "KENT"],
  "samples": 300,
  "seconds": ${BENCH_SECONDS:-5},
  "warmupSeconds": 2,
  "rounds": ${BENCH_ROUNDS:-2},
  "concurrency": $(json_list ${BENCH_CONCURRENCY:-1 16} | sed 's/"//g'),
  "systems": $(json_list ${BENCH_SYSTEMS:-crosslink cypher ngql}),
  "only": $( [ -n "${BENCH_ONLY:-}" ] && json_list $BENCH_ONLY || echo null ),
  "out": "$OUT/results.json"
}
JSON
# the profile leaves start-up out: it starts once the service has answered
[ "${BENCH_JFR:-}" = 1 ] && jcmd $crosslink JFR.start name=readpath settings=profile filename="$OUT/crosslink.jfr" > /dev/null
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
node bench/read-path/load.mjs "$OUT/config.json" > "$OUT/table.md" 2> "$OUT/progress.log"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
[ "${BENCH_JFR:-}" = 1 ] && jcmd $crosslink JFR.stop name=readpath > /dev/null
{
  echo "### $(date -u +%FT%TZ) N=$N caller $ROLES of $CALLER_FORCES heap=$HEAP page-cache=$PC seconds=${BENCH_SECONDS:-5} rounds=${BENCH_ROUNDS:-2} load before ${load_before// /,} after ${load_after// /,} commit $(git rev-parse --short HEAD)"
  cat "$OUT/table.md"
} | tee -a bench/out/read-path-results.md
