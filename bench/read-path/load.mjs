// Load driver of bench/read-path.sh: runs every query of queries.mjs against Crosslink (GraphQL over HTTP),
// the same Cypher through the Neo4j driver, and @neo4j/graphql, interleaved (each round visits every
// query and system in turn), at each concurrency; prints p50/p95/p99/max, req/s, CPU per request and the
// ratios. CPU per request is read from /proc for the processes that do the work: Crosslink's JVM (the
// engine runs inside it, so it carries the Cypher's CPU too) and, for @neo4j/graphql, its Node server.
// Usage: node load.mjs <config.json>   (written by bench/read-path.sh)
import { readFileSync, writeFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { queries } from './queries.mjs';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const TIMEOUT_MS = config.timeoutMs ?? 60000;
const driver = neo4j.driver(config.bolt, neo4j.auth.basic('neo4j', config.boltPassword), { maxConnectionPoolSize: 32 });
const visibleScope = config.scope;

async function samples() {
  const s = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const ids = async (cypher) => (await s.run(cypher, { force: config.force, limit: neo4j.int(config.samples) }))
      .records.map((r) => r.get(0));
    return {
      persons: await ids(`MATCH (r:SourceRecord:PersonRecord {force: $force})-[:RESOLVES_TO]->(p:Person)
        WITH DISTINCT p.id AS id ORDER BY id LIMIT $limit RETURN id`),
      hops: await ids(`MATCH (r:SourceRecord:PersonRecord {force: $force})-[:RESOLVES_TO]->(p:Person)
        WHERE EXISTS { (r)-[:HAS_PHONE]->(:Phone)<-[:HAS_PHONE]-(:PersonRecord)-[:RESOLVES_TO]->(o:Person) WHERE o <> p }
        WITH DISTINCT p.id AS id ORDER BY id LIMIT $limit RETURN id`),
      forces: config.forces,
      none: [null],
    };
  } finally {
    await s.close();
  }
}

async function graphql(url, headers, body) {
  const res = await fetch(url, {
    method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const json = await res.json();
  if (!res.ok || json.errors) throw new Error(JSON.stringify(json.errors ?? res.status).slice(0, 300));
  return json;
}

async function cypher({ statement, params }) {
  const s = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    await s.executeRead((tx) => tx.run(statement, { ...params, scope: visibleScope }), { timeout: TIMEOUT_MS });
  } finally {
    await s.close();
  }
}

const systems = {
  crosslink: (q, arg) => graphql(config.crosslink.url, config.crosslink.headers, q.crosslink(arg)),
  cypher: (q, arg) => cypher(q.cypher(arg)),
  ngql: (q, arg) => graphql(config.ngql.url, {}, q.ngql(arg)),
};

function cpuTicks(pids) {
  return pids.reduce((sum, pid) => {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return sum + Number(f[11]) + Number(f[12]); // utime + stime, clock ticks (1/100 s)
  }, 0);
}
const cpuPids = { crosslink: [config.pids.crosslink], cypher: [config.pids.crosslink], ngql: [config.pids.crosslink, config.pids.ngql] };

async function window(system, q, args, concurrency, seconds) {
  const latencies = [];
  let errors = 0, next = 0, lastError = null;
  const end = performance.now() + seconds * 1000;
  const cpu0 = cpuTicks(cpuPids[system]);
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (performance.now() < end) {
      const arg = args[next++ % args.length];
      const start = performance.now();
      try {
        await systems[system](q, arg);
        latencies.push(performance.now() - start);
      } catch (e) {
        errors++;
        lastError = e.message;
        if (e.name === 'TimeoutError') latencies.push(TIMEOUT_MS);
      }
    }
  }));
  const elapsed = (performance.now() - t0) / 1000;
  return { latencies, errors, lastError, elapsed, cpuMs: (cpuTicks(cpuPids[system]) - cpu0) * 10 };
}

const pct = (sorted, p) => sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
const f = (x, d = 1) => Number.isFinite(x) ? x.toFixed(d) : '-';

const sample = await samples();
const chosen = queries.filter((q) => !config.only || config.only.includes(q.short));
const systemsOf = (q) => Object.keys(systems).filter((s) => q[s] && config.systems.includes(s));
console.log(`samples: ${sample.persons.length} persons, ${sample.hops.length} two-hop starts, forces ${sample.forces}`);

// warm-up, not recorded: every query on every system
for (const q of chosen) for (const s of systemsOf(q)) await window(s, q, sample[q.sample], 4, config.warmupSeconds);

const results = {};
for (let round = 0; round < config.rounds; round++) {
  for (const c of config.concurrency) {
    for (const q of chosen) {
      for (const s of systemsOf(q)) {
        const w = await window(s, q, sample[q.sample], c, config.seconds);
        const key = `${q.short}|${c}|${s}`;
        const r = (results[key] ??= { latencies: [], errors: 0, elapsed: 0, cpuMs: 0, lastError: null });
        r.latencies.push(...w.latencies); r.errors += w.errors; r.elapsed += w.elapsed; r.cpuMs += w.cpuMs;
        r.lastError = w.lastError ?? r.lastError;
        process.stderr.write(`round ${round + 1} c=${c} ${q.short} ${s}: ${w.latencies.length} ok ${w.errors} errors\n`);
      }
    }
  }
}

const rows = [];
const lines = [`| query | c | system | n | err | p50 ms | p95 ms | p99 ms | max ms | req/s | CPU ms/req | p99 / Cypher | req/s / Cypher | CPU / Cypher |`,
  `|---|---|---|---|---|---|---|---|---|---|---|---|---|---|`];
for (const q of chosen) for (const c of config.concurrency) {
  const stats = {};
  for (const s of systemsOf(q)) {
    const r = results[`${q.short}|${c}|${s}`];
    const sorted = r.latencies.sort((a, b) => a - b);
    const n = sorted.length;
    stats[s] = { n, errors: r.errors, p50: pct(sorted, 50), p95: pct(sorted, 95), p99: pct(sorted, 99), max: sorted[n - 1],
      rps: n / r.elapsed, cpu: n ? r.cpuMs / n : NaN, lastError: r.lastError };
  }
  for (const [s, st] of Object.entries(stats)) {
    const base = stats.cypher;
    rows.push({ query: q.short, concurrency: c, system: s, ...st });
    lines.push(`| ${q.short} | ${c} | ${s} | ${st.n} | ${st.errors} | ${f(st.p50, 2)} | ${f(st.p95)} | ${f(st.p99)} | ${f(st.max)} | ${f(st.rps)} | ${f(st.cpu, 2)} | `
      + (base && s !== 'cypher' ? `${f(st.p99 / base.p99, 2)} | ${f(st.rps / base.rps, 2)} | ${f(st.cpu / base.cpu, 2)} |` : '| | |'));
  }
}
console.log(lines.join('\n'));
for (const r of rows) if (r.lastError) console.log(`last error ${r.query} c=${r.concurrency} ${r.system}: ${r.lastError}`);
writeFileSync(config.out, JSON.stringify(rows, null, 1));
await driver.close();
