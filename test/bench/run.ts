/**
 * `npm run bench`: the /api/cases list endpoint of the real server on a large SQLite database.
 * Prints figures only — no timing assertions (a 2-core VM moves ±15–30 % between runs).
 *   BENCH_N=200000 cases, BENCH_SECONDS=8 measured per query, BENCH_CONNECTIONS=10,
 *   BENCH_CPU_PROF=1 also writes the server's V8 CPU profile into test/bench/results/.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchDataset } from './dataset';
import { cpuMs, get, load, machineBusyCores, machineBusyMs, memoryMiB, type LoadResult } from './load';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RESULTS = join(ROOT, 'test/bench/results');
const envInt = (name: string, dflt: number) => {
  const v = Number(process.env[name] ?? dflt);
  if (!Number.isInteger(v) || v < 1) throw new Error(`${name} must be a positive integer`);
  return v;
};
const N = envInt('BENCH_N', 200_000);
const SECONDS = envInt('BENCH_SECONDS', 8);
const CONNECTIONS = envInt('BENCH_CONNECTIONS', 10);
const WARMUP_S = 2;
const SERIAL_S = 1;
const EMAIL = 'reviewer@example.com';
const PASSWORD = 'trustdesk-demo';

interface Row {
  query: string;
  describe: string;
  url: string;
  sanity: { status: number; rows: number | null; total: number | null; ms: number };
  failed?: string;
  serialP50?: number | null;
  load?: LoadResult;
  cpu?: { serverMsPerReq: number | null; serverCores: number | null; clientCores: number; otherCores: number | null };
  memory?: { rss: number | null; hwm: number | null };
}

const freePort = () =>
  new Promise<number>((res, rej) => {
    const s = createServer()
      .listen(0, '127.0.0.1', () => {
        const { port } = s.address() as { port: number };
        s.close(() => res(port));
      })
      .on('error', rej);
  });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<number> {
  console.log(`bench: N=${N} cases, ${CONNECTIONS} connections, ${WARMUP_S}s warm-up + ${SERIAL_S}s serial + ${SECONDS}s per query`);
  const busyBefore = await machineBusyCores();
  if (busyBefore > 0.3) console.log(`bench: warning: the machine is already ${busyBefore} cores busy; other work skews the figures`);
  const data = await benchDataset(join(ROOT, 'data/bench'), N);
  console.log(
    `bench: database ${relative(ROOT, data.file)} (${(data.bytes / 1048576).toFixed(0)} MiB) ` +
      (data.built ? `built in ${(data.buildMs / 1000).toFixed(1)} s` : `reused (built in ${(data.buildMs / 1000).toFixed(1)} s)`),
  );

  // The real server as a child: `node` itself (not npm), so its PID is the process we measure.
  const port = await freePort();
  const profile = process.env.BENCH_CPU_PROF === '1' ? ['--cpu-prof', `--cpu-prof-dir=${RESULTS}`] : [];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SKIP_SPA_BUILD: '1',
    PORT: String(port),
    DATABASE_URL: data.file,
    LOG_LEVEL: 'warn',
    SESSION_SECRET: randomBytes(16).toString('hex'),
  };
  delete env.NODE_ENV; // production refuses the demo password we sign in with
  const t0 = performance.now();
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'server/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const pid = child.pid!;
  let output = '';
  const keep = (b: Buffer) => {
    output = (output + b.toString()).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const stop = async () => {
    if (exited) return;
    process.kill(pid, 'SIGTERM');
    for (let i = 0; i < 100 && !exited; i++) await sleep(100);
    if (!exited) process.kill(pid, 'SIGKILL');
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));

  try {
    const base = `http://127.0.0.1:${port}`;
    let startupMs = 0;
    for (;;) {
      if (exited) throw new Error(`the server exited during startup:\n${output}`);
      if (performance.now() - t0 > 120_000) throw new Error(`the server did not answer /api/health within 120 s:\n${output}`);
      const ok = await get(`${base}/api/health`, {}).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) {
        startupMs = Math.round(performance.now() - t0);
        break;
      }
      await sleep(25);
    }
    const startMemory = memoryMiB(pid);
    console.log(`bench: server pid ${pid} on port ${port}, ready in ${startupMs} ms (spawn → /api/health 200), RSS ${startMemory.rss} MiB`);

    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
    });
    if (login.status !== 200) throw new Error(`sign-in as ${EMAIL} failed: ${login.status} ${await login.text()}`);
    const headers = { authorization: `Bearer ${((await login.json()) as { token: string }).token}` };

    const queries: Record<string, { describe: string; filter: object; sort: [string, string]; range: [number, number] }> = {
      list: {
        describe: `status=open & categoryId=${data.jewelryLeafId}, dueAt ASC, [0,24]`,
        filter: { status: 'open', categoryId: data.jewelryLeafId },
        sort: ['dueAt', 'ASC'],
        range: [0, 24],
      },
      deep: { describe: 'status=open, dueAt ASC, [10000,10024]', filter: { status: 'open' }, sort: ['dueAt', 'ASC'], range: [10000, 10024] },
      q: { describe: 'q=假冒, dueAt ASC, [0,24]', filter: { q: '假冒' }, sort: ['dueAt', 'ASC'], range: [0, 24] },
    };
    const rows: Row[] = [];
    for (const [name, q] of Object.entries(queries)) {
      const params = new URLSearchParams({ filter: JSON.stringify(q.filter), sort: JSON.stringify(q.sort), range: JSON.stringify(q.range) });
      const url = `${base}/api/cases?${params}`;
      const ts = performance.now();
      const reply = await get(url, headers);
      const body = reply.status === 200 ? (JSON.parse(reply.body) as unknown) : null;
      const total =
        Number(
          String(reply.headers['content-range'] ?? '')
            .split('/')
            .pop(),
        ) || null;
      const row: Row = {
        query: name,
        describe: q.describe,
        url: url.slice(base.length),
        sanity: { status: reply.status, rows: Array.isArray(body) ? body.length : null, total, ms: +(performance.now() - ts).toFixed(1) },
      };
      rows.push(row);
      if (!(reply.status === 200 && Array.isArray(body) && body.length > 0)) {
        row.failed = `sanity: ${reply.status} ${reply.body.slice(0, 200)}`;
        console.log(`  ${name.padEnd(5)} FAILED ${row.failed}`);
        continue;
      }
      await load(url, headers, CONNECTIONS, WARMUP_S); // discarded: JIT, SQLite page cache, pool connections
      row.serialP50 = (await load(url, headers, 1, SERIAL_S)).p50;
      const cpu0 = cpuMs(pid);
      const self0 = process.cpuUsage();
      const busy0 = machineBusyMs();
      const r = await load(url, headers, CONNECTIONS, SECONDS);
      const cpu1 = cpuMs(pid);
      const self = process.cpuUsage(self0);
      const busyMs = machineBusyMs() - busy0;
      const selfMs = (self.user + self.system) / 1000;
      const serverMs = cpu0 != null && cpu1 != null ? cpu1 - cpu0 : null;
      row.load = r;
      row.cpu = {
        serverMsPerReq: serverMs != null && r.requests ? +(serverMs / r.requests).toFixed(3) : null,
        serverCores: serverMs != null ? +(serverMs / 1000 / r.seconds).toFixed(2) : null,
        clientCores: +(selfMs / 1000 / r.seconds).toFixed(2), // the load generator shares the 2 cores
        // everything else on the machine meanwhile (other people's builds and tests); should be ~0
        otherCores: serverMs != null ? +(Math.max(0, busyMs - serverMs - selfMs) / 1000 / r.seconds).toFixed(2) : null,
      };
      row.memory = memoryMiB(pid);
      console.log(
        `  ${name.padEnd(5)} total ${total}: ${r.reqPerSec} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, errors ${r.errors}, ` +
          `1-conn p50 ${row.serialP50} ms; server ${row.cpu.serverMsPerReq} ms CPU/req (${row.cpu.serverCores} cores), ` +
          `other processes ${row.cpu.otherCores} cores, RSS ${row.memory.rss} MiB`,
      );
    }

    const cell = (v: unknown) => (v == null ? '–' : String(v));
    const table = [
      '| query | total | 1-conn p50 ms | req/s | p50 ms | p99 ms | errors | server CPU ms/req | server cores | client cores | other cores | RSS MiB | peak RSS MiB |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
      ...rows.map((r) =>
        r.failed
          ? `| ${r.query} | FAILED (${r.sanity.status}, total ${cell(r.sanity.total)}) | | | | | | | | | | | |`
          : `| ${r.query} | ${cell(r.sanity.total)} | ${cell(r.serialP50)} | ${cell(r.load?.reqPerSec)} | ${cell(r.load?.p50)} | ${cell(r.load?.p99)} | ` +
            `${cell(r.load?.errors)} | ${cell(r.cpu?.serverMsPerReq)} | ${cell(r.cpu?.serverCores)} | ${cell(r.cpu?.clientCores)} | ${cell(r.cpu?.otherCores)} | ${cell(r.memory?.rss)} | ${cell(r.memory?.hwm)} |`,
      ),
    ].join('\n');
    console.log(
      `\n${table}\n\nStartup ${startupMs} ms; RSS after startup ${startMemory.rss} MiB. Queries: ` +
        rows.map((r) => `${r.query} = ${r.describe}`).join('; ') +
        '.',
    );

    mkdirSync(RESULTS, { recursive: true });
    const out = join(RESULTS, 'latest.json');
    writeFileSync(
      out,
      JSON.stringify(
        {
          at: new Date().toISOString(),
          node: process.version,
          n: N,
          connections: CONNECTIONS,
          seconds: SECONDS,
          warmupSeconds: WARMUP_S,
          serialSeconds: SERIAL_S,
          dataset: { file: relative(ROOT, data.file), built: data.built, buildMs: data.buildMs, bytes: data.bytes, jewelryLeafId: data.jewelryLeafId },
          server: { startupMs, startMemory },
          machineBusyCoresBefore: busyBefore,
          rows,
        },
        null,
        2,
      ) + '\n',
    );
    console.log(`\nbench: wrote ${relative(ROOT, out)}`);
    console.log(
      'bench: to compare with the anchor benchmark (same seed and draws, so totals agree), serve this database ' +
        `(DATABASE_URL=${relative(ROOT, data.file)} SKIP_SPA_BUILD=1 node --import tsx server/main.ts), sign in for a token, ` +
        "and run the anchor benchmark's run.sh with PRODUCT_URL=http://127.0.0.1:<port> PRODUCT_TOKEN=<token> PRODUCT_PID=<server pid>.",
    );
    return rows.some((r) => r.failed) ? 1 : 0;
  } finally {
    await stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`bench: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  },
);
