/**
 * The query phase of `npm run bench`: each list query warmed up, timed on one connection, then
 * under BENCH_CONNECTIONS concurrent clients, with the server's CPU and memory meanwhile.
 */
import { cpuMs, get, load, machineBusyMs, memoryMiB, type LoadResult } from './load';
import type { BenchQuery } from './queries';
import type { BenchServer } from './server';

export interface ListRow {
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

export interface ListOptions {
  connections: number;
  seconds: number;
  warmupSeconds: number;
  serialSeconds: number;
}

export async function queryPhase(server: BenchServer, queries: BenchQuery[], opts: ListOptions): Promise<ListRow[]> {
  const { base, pid } = server;
  const rows: ListRow[] = [];
  for (const q of queries) {
    const url = `${base}${q.path}`;
    const headers = server.headersAs[q.as];
    const ts = performance.now();
    const reply = await get(url, headers);
    const body = reply.status === 200 ? (JSON.parse(reply.body) as unknown) : null;
    const total =
      Number(
        String(reply.headers['content-range'] ?? '')
          .split('/')
          .pop(),
      ) || null;
    const row: ListRow = {
      query: q.name,
      describe: q.describe,
      url: q.path,
      sanity: { status: reply.status, rows: Array.isArray(body) ? body.length : null, total, ms: +(performance.now() - ts).toFixed(1) },
    };
    rows.push(row);
    if (!(reply.status === 200 && Array.isArray(body) && body.length > 0)) {
      row.failed = `sanity: ${reply.status} ${reply.body.slice(0, 200)}`;
      console.log(`  ${q.name.padEnd(11)} FAILED ${row.failed}`);
      continue;
    }
    await load(url, headers, opts.connections, opts.warmupSeconds); // discarded: JIT, SQLite page cache, pool connections
    row.serialP50 = (await load(url, headers, 1, opts.serialSeconds)).p50;
    const cpu0 = cpuMs(pid);
    const self0 = process.cpuUsage();
    const busy0 = machineBusyMs();
    const r = await load(url, headers, opts.connections, opts.seconds);
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
      `  ${q.name.padEnd(11)} total ${total}: ${r.reqPerSec} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, errors ${r.errors}, ` +
        `1-conn p50 ${row.serialP50} ms; server ${row.cpu.serverMsPerReq} ms CPU/req, other processes ${row.cpu.otherCores} cores`,
    );
  }
  return rows;
}

const cell = (v: unknown) => (v == null ? '–' : String(v));

/** The query phase as a Markdown table. */
export function listTable(rows: ListRow[]): string {
  return [
    '| query | total | 1-conn p50 ms | req/s | p50 ms | p99 ms | errors | server CPU ms/req | server cores | client cores | other cores | RSS MiB |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) =>
      r.failed
        ? `| ${r.query} | FAILED (${r.sanity.status}, total ${cell(r.sanity.total)}) | | | | | | | | | | |`
        : `| ${r.query} | ${cell(r.sanity.total)} | ${cell(r.serialP50)} | ${cell(r.load?.reqPerSec)} | ${cell(r.load?.p50)} | ${cell(r.load?.p99)} | ` +
          `${cell(r.load?.errors)} | ${cell(r.cpu?.serverMsPerReq)} | ${cell(r.cpu?.serverCores)} | ${cell(r.cpu?.clientCores)} | ${cell(r.cpu?.otherCores)} | ${cell(r.memory?.rss)} |`,
    ),
  ].join('\n');
}
