/**
 * The metrics phase of `npm run bench` (SPEC §5 target: p50 ≤ 30 ms for a year by day over
 * 1,000,000 inspections). Each query is checked once, warmed up, timed on one connection (the
 * figure the target is about), then under concurrent clients. Prints figures; asserts nothing.
 *
 *   import { metricsPhase, metricsTable } from './metrics';
 *   const rows = await metricsPhase(server, { connections: 10, seconds: 8, warmupSeconds: 2, serialSeconds: 3 });
 *   console.log(metricsTable(rows));
 *
 * The data set must have its roll-ups built: after a bulk load, call
 * `rebuildMetricRollups(knex)` from server/metrics/rollups.ts (the demo seed does).
 */
import { get, load, type LoadResult } from './load';
import type { BenchServer } from './server';

export interface MetricsOptions {
  connections: number;
  seconds: number;
  warmupSeconds: number;
  serialSeconds: number;
  /** The last day of the year measured (default today, UTC). */
  to?: string;
}

export interface MetricsRow {
  query: string;
  url: string;
  sanity: { status: number; rows: number | null; ms: number };
  failed?: string;
  serialP50?: number | null;
  serialP99?: number | null;
  load?: LoadResult;
}

const dayBefore = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

export async function metricsPhase(server: BenchServer, opts: MetricsOptions): Promise<MetricsRow[]> {
  const { base, headers } = server;
  const to = opts.to ?? new Date().toISOString().slice(0, 10);
  const year = `from=${dayBefore(to, 364)}&to=${to}`;
  const queries: Record<string, string> = {
    'warehouses, a year by day': `/api/metrics/warehouses?${year}&bucket=day`,
    'warehouses, a year by week': `/api/metrics/warehouses?${year}&bucket=week`,
    'one warehouse, a year by day': `/api/metrics/warehouses?${year}&bucket=day&warehouseId=1`,
    'enforcement, a year by day': `/api/metrics/enforcement?${year}&bucket=day`,
    'enforcement, a year by month': `/api/metrics/enforcement?${year}&bucket=month`,
    'headline, a year': `/api/metrics/headline?since=${dayBefore(to, 364)}`,
    'warehouses CSV, a year by day': `/api/metrics/warehouses?${year}&bucket=day&format=csv`,
  };
  const rows: MetricsRow[] = [];
  for (const [query, path] of Object.entries(queries)) {
    const url = `${base}${path}`;
    const ts = performance.now();
    const reply = await get(url, headers);
    const json = reply.status === 200 && !path.includes('format=csv') ? (JSON.parse(reply.body) as { rows?: unknown[] }) : null;
    const row: MetricsRow = {
      query,
      url: path,
      sanity: { status: reply.status, rows: json?.rows?.length ?? null, ms: +(performance.now() - ts).toFixed(1) },
    };
    rows.push(row);
    if (reply.status !== 200) {
      row.failed = `sanity: ${reply.status} ${reply.body.slice(0, 200)}`;
      console.log(`  ${query} FAILED ${row.failed}`);
      continue;
    }
    await load(url, headers, opts.connections, opts.warmupSeconds); // discarded: JIT, page cache, pool connections
    const serial = await load(url, headers, 1, opts.serialSeconds);
    row.serialP50 = serial.p50;
    row.serialP99 = serial.p99;
    row.load = await load(url, headers, opts.connections, opts.seconds);
    console.log(
      `  ${query.padEnd(32)} rows ${row.sanity.rows ?? '–'}: 1-conn p50 ${serial.p50} ms, p99 ${serial.p99} ms; ` +
        `${opts.connections} conns ${row.load.reqPerSec} req/s, p50 ${row.load.p50} ms, p99 ${row.load.p99} ms, errors ${row.load.errors}`,
    );
  }
  return rows;
}

const cell = (v: unknown) => (v == null ? '–' : String(v));

/** The metrics phase as a Markdown table. */
export function metricsTable(rows: MetricsRow[]): string {
  return [
    '| query | rows | 1-conn p50 ms | 1-conn p99 ms | req/s | p50 ms | p99 ms | errors |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map((r) =>
      r.failed
        ? `| ${r.query} | FAILED (${r.sanity.status}) | | | | | | |`
        : `| ${r.query} | ${cell(r.sanity.rows)} | ${cell(r.serialP50)} | ${cell(r.serialP99)} | ${cell(r.load?.reqPerSec)} | ${cell(r.load?.p50)} | ${cell(r.load?.p99)} | ${cell(r.load?.errors)} |`,
    ),
  ].join('\n');
}
