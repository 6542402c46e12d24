/**
 * The list phase of `npm run bench`: three /api/cases queries, each warmed up, timed on one
 * connection, then under BENCH_CONNECTIONS concurrent clients, with the server's CPU and memory.
 */
import type { BenchDataset } from './dataset';
import { cpuMs, get, load, machineBusyMs, memoryMiB, type LoadResult } from './load';
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

export async function listPhase(server: BenchServer, data: BenchDataset, opts: ListOptions): Promise<ListRow[]> {
  const { base, pid, headers } = server;
  const rows: ListRow[] = [];
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
    const row: ListRow = {
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
      `  ${name.padEnd(5)} total ${total}: ${r.reqPerSec} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, errors ${r.errors}, ` +
        `1-conn p50 ${row.serialP50} ms; server ${row.cpu.serverMsPerReq} ms CPU/req (${row.cpu.serverCores} cores), ` +
        `other processes ${row.cpu.otherCores} cores, RSS ${row.memory.rss} MiB`,
    );
  }
  return rows;
}

const cell = (v: unknown) => (v == null ? '–' : String(v));

/** The list phase as a Markdown table. */
export function listTable(rows: ListRow[]): string {
  return [
    '| query | total | 1-conn p50 ms | req/s | p50 ms | p99 ms | errors | server CPU ms/req | server cores | client cores | other cores | RSS MiB | peak RSS MiB |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) =>
      r.failed
        ? `| ${r.query} | FAILED (${r.sanity.status}, total ${cell(r.sanity.total)}) | | | | | | | | | | | |`
        : `| ${r.query} | ${cell(r.sanity.total)} | ${cell(r.serialP50)} | ${cell(r.load?.reqPerSec)} | ${cell(r.load?.p50)} | ${cell(r.load?.p99)} | ` +
          `${cell(r.load?.errors)} | ${cell(r.cpu?.serverMsPerReq)} | ${cell(r.cpu?.serverCores)} | ${cell(r.cpu?.clientCores)} | ${cell(r.cpu?.otherCores)} | ${cell(r.memory?.rss)} | ${cell(r.memory?.hwm)} |`,
    ),
  ].join('\n');
}
