/**
 * `npm run bench` on a large SQLite database (`npm run seed:bench`'s dataset), against the real
 * server. Prints figures only — no timing assertions (a 2-core VM moves ±15–30 % between runs).
 *   Query phase (list.ts): every query of QUERY_PHASES. BENCH_N=200000 cases,
 *   BENCH_INSPECTIONS=1000000, BENCH_SECONDS=8 measured per query, BENCH_CONNECTIONS=10,
 *   BENCH_QUERIES=list,deep (only those); BENCH_CPU_PROF=1 also writes the server's V8 CPU profile
 *   into test/bench/results/.
 *   Mixed phase (mixed.ts): BENCH_MIXED_CLIENTS=20 clients, BENCH_WRITE_PERCENT=20 % case creates,
 *   the rest list reads, for BENCH_SECONDS; reads and creates timed apart (BENCH_MIXED=0 skips it).
 *   Bundle: the SPA's first-load JavaScript, gzipped (bundle.ts), from a current build.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureSpaBuilt, DIST } from '../../server/spa-build';
import { firstLoadJs, FIRST_LOAD_BUDGET_GZIP } from './bundle';
import { benchDataset, type BenchDataset } from './dataset';
import { listTable, queryPhase } from './list';
import { listQueries, type BenchQuery } from './queries';
import { metricsPhase, metricsTable } from './metrics';
import { BENCH_END } from '../../seeds/bench';
import { machineBusyCores, memoryMiB } from './load';
import { mixedPhase } from './mixed';
import { BENCH_AUDIT_KEY, startBenchServer } from './server';
import { setAuditKey } from '../../server/audit/chain';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RESULTS = join(ROOT, 'test/bench/results');
const envInt = (name: string, dflt: number) => {
  const v = Number(process.env[name] ?? dflt);
  if (!Number.isInteger(v) || v < 1) throw new Error(`${name} must be a positive integer`);
  return v;
};
/**
 * The queries measured on the running server, phase by phase, into one table. Another area adds its
 * endpoints as a phase here (a function of the dataset returning BenchQuery rows).
 */
const QUERY_PHASES: ((data: BenchDataset) => BenchQuery[])[] = [listQueries];

const N = envInt('BENCH_N', 200_000);
const INSPECTIONS = envInt('BENCH_INSPECTIONS', 1_000_000);
const ONLY = process.env.BENCH_QUERIES ? new Set(process.env.BENCH_QUERIES.split(',')) : null;
const SECONDS = envInt('BENCH_SECONDS', 8);
const CONNECTIONS = envInt('BENCH_CONNECTIONS', 10);
const MIXED_CLIENTS = envInt('BENCH_MIXED_CLIENTS', 20);
const WRITE_PERCENT = envInt('BENCH_WRITE_PERCENT', 20);
const WARMUP_S = 2;
const SERIAL_S = 1;

async function main(): Promise<number> {
  setAuditKey(BENCH_AUDIT_KEY);
  console.log(
    `bench: load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}; N=${N} cases, ${INSPECTIONS} inspections, ${CONNECTIONS} connections, ${WARMUP_S}s warm-up + ${SERIAL_S}s serial + ${SECONDS}s per query`,
  );
  const busyBefore = await machineBusyCores();
  if (busyBefore > 0.3) console.log(`bench: warning: the machine is already ${busyBefore} cores busy; other work skews the figures`);
  const data = await benchDataset(join(ROOT, 'data/bench'), N, INSPECTIONS);
  console.log(
    `bench: database ${relative(ROOT, data.file)} (${(data.bytes / 1048576).toFixed(0)} MiB) ` +
      (data.built ? `built in ${(data.buildMs / 1000).toFixed(1)} s` : `reused (built in ${(data.buildMs / 1000).toFixed(1)} s)`),
  );

  const server = await startBenchServer(ROOT, data.file, process.env.BENCH_CPU_PROF === '1' ? ['--cpu-prof', `--cpu-prof-dir=${RESULTS}`] : []);
  process.once('SIGINT', () => void server.stop().then(() => process.exit(130)));
  const startMemory = memoryMiB(server.pid);
  console.log(`bench: server pid ${server.pid} on port ${server.port}, ready in ${server.startupMs} ms (spawn → /api/health 200), RSS ${startMemory.rss} MiB`);
  let rows: Awaited<ReturnType<typeof queryPhase>>;
  let metrics: Awaited<ReturnType<typeof metricsPhase>> = [];
  const queries = QUERY_PHASES.flatMap((phase) => phase(data)).filter((q) => !ONLY || ONLY.has(q.name));
  try {
    rows = await queryPhase(server, queries, { connections: CONNECTIONS, seconds: SECONDS, warmupSeconds: WARMUP_S, serialSeconds: SERIAL_S });
    if (process.env.BENCH_METRICS !== '0') {
      console.log("\nbench: metrics over the dataset's year");
      const to = new Date(BENCH_END).toISOString().slice(0, 10);
      metrics = await metricsPhase(server, { connections: CONNECTIONS, seconds: SECONDS, warmupSeconds: WARMUP_S, serialSeconds: 3, to });
    }
  } finally {
    await server.stop();
  }
  console.log(
    `\n${listTable(rows)}\n\nStartup ${server.startupMs} ms; RSS after startup ${startMemory.rss} MiB. Queries: ` +
      rows.map((r) => `${r.query} = ${r.describe}`).join('; ') +
      '.',
  );
  if (metrics.length) console.log(`\n${metricsTable(metrics)}`);

  let mixed: Awaited<ReturnType<typeof mixedPhase>> | null = null;
  if (process.env.BENCH_MIXED !== '0') {
    console.log(`\nbench: mixed load, ${MIXED_CLIENTS} clients, ${WRITE_PERCENT} % case creates, ${SECONDS}s`);
    mixed = await mixedPhase(ROOT, data, { clients: MIXED_CLIENTS, writeShare: WRITE_PERCENT / 100, seconds: SECONDS });
    for (const [name, r] of [
      ['reads', mixed.reads],
      ['creates', mixed.creates],
    ] as const) {
      console.log(
        `  ${name.padEnd(7)} ${r.requests} in ${r.seconds}s: ${r.reqPerSec} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, max ${r.max} ms, errors ${r.errors}`,
      );
    }
    console.log(`  server ${mixed.serverCores} cores; other processes ${mixed.otherCores} cores`);
  }

  ensureSpaBuilt((line) => console.log(`\nbench: ${line}`));
  const bundle = firstLoadJs(DIST);
  console.log(
    `\nbench: first-load JS (dist/index.html's module script and modulepreloads): ${bundle.files.length} files, ` +
      `${(bundle.bytes / 1024).toFixed(0)} KB, ${(bundle.gzip / 1024).toFixed(1)} KB gzipped (budget ${FIRST_LOAD_BUDGET_GZIP / 1024} KB)`,
  );
  console.log(
    `bench: load average now ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')} (1, 5, 15 min)`,
  );

  mkdirSync(RESULTS, { recursive: true });
  const out = join(RESULTS, 'latest.json');
  const dataset = { file: relative(ROOT, data.file), built: data.built, buildMs: data.buildMs, bytes: data.bytes, inspections: data.inspections };
  const summary = {
    at: new Date().toISOString(),
    node: process.version,
    n: N,
    connections: CONNECTIONS,
    seconds: SECONDS,
    warmupSeconds: WARMUP_S,
    serialSeconds: SERIAL_S,
    dataset,
    server: { startupMs: server.startupMs, startMemory },
    machineBusyCoresBefore: busyBefore,
    loadAverage: loadavg(),
    rows,
    metrics,
    mixed,
    bundle,
  };
  writeFileSync(out, `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`\nbench: wrote ${relative(ROOT, out)}`);
  console.log(
    'bench: to compare with the anchor benchmark (same seed and draws, so totals agree), serve this database ' +
      `(DATABASE_URL=${relative(ROOT, data.file)} SKIP_SPA_BUILD=1 node --import tsx server/main.ts), sign in for a token, ` +
      "and run the anchor benchmark's run.sh with PRODUCT_URL=http://127.0.0.1:<port> PRODUCT_TOKEN=<token> PRODUCT_PID=<server pid>.",
  );
  const failed = rows.some((r) => r.failed) || (mixed && (mixed.reads.errors > 0 || mixed.creates.errors > 0));
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`bench: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  },
);
