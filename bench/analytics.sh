#!/usr/bin/env bash
# Times the analytics products on a COPY of a generated store (never the shared one).
# Usage: bench/analytics.sh STORE_COPY_DIR [HTTP_PORT] [BOLT_PORT] [HEAP] [PAGE_CACHE]
# Starts target/crosslink.jar with --demo (no token needed; the store is not empty, so nothing is
# seeded), asks each product once (the first request computes groups and flags), then 5 more
# times, and prints each time in ms and the service's resident memory. Run it under the shared lock.
set -euo pipefail
STORE=$1; PORT=${2:-18080}; BOLT=${3:-17080}; HEAP=${4:-6g}; PC=${5:-2g}
LOG=$(mktemp)
java -Xmx$HEAP -jar target/crosslink.jar --demo --crosslink.data-dir="$STORE" --server.port=$PORT \
  --crosslink.neo4j.bolt-port=$BOLT --crosslink.neo4j.page-cache=$PC --crosslink.neo4j.transaction-timeout=600s \
  --crosslink.security.limits.timeout=600s > "$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for i in $(seq 1 300); do grep -q 'Started' "$LOG" && break; sleep 1; done
ask() { # name, query
  local body; body=$(python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1]}))' "$2")
  for run in 0 1 2 3 4 5; do
    local t; t=$(curl -s -o /tmp/analytics-bench-$1.json -w '%{time_total}' -H 'Content-Type: application/json' \
      -d "$body" "http://localhost:$PORT/graphql")
    echo "$1 run=$run ms=$(python3 -c "print(round($t*1000))") bytes=$(wc -c < /tmp/analytics-bench-$1.json)"
  done
}
ask forceProfile '{ forceProfile(force: "ESSEX", profile: VAWG, first: 10) { rank score forces person { displayName } components { name value } } }'
ask discoveredGroups '{ discoveredGroups(first: 20) { id forces cohesion unmapped members { entityId } evidence { kind } } }'
ask priorityThreats '{ priorityThreats(first: 10) { rank score components { name value } ocg { name } group { id } } }'
ask harmFlags '{ harmFlags(first: 20) { totalCount edges { node { rule status } } } }'
echo "rss_mb=$(( $(awk '/VmRSS/{print $2}' /proc/$PID/status) / 1024 )) hwm_mb=$(( $(awk '/VmHWM/{print $2}' /proc/$PID/status) / 1024 ))"
grep -i 'error\|exception' "$LOG" | head -5 || true
