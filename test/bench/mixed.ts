/**
 * The mixed phase of `npm run bench`: BENCH_MIXED_CLIENTS (20) clients, each request the case
 * queue's list read or, with probability BENCH_WRITE_SHARE (0.2), a case create carrying an
 * Idempotency-Key as a careful client sends it. What it shows: whether writes queue behind reads
 * (they share one process and, on SQLite, one writer connection). It runs on a copy of the bench
 * database so that the list figures of later runs keep their totals.
 */
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../../seeds/random';
import type { BenchDataset } from './dataset';
import { closedLoop, cpuMs, get, machineBusyMs, type LoadResult } from './load';
import { startBenchServer } from './server';

export interface MixedResult {
  clients: number;
  writeShare: number;
  seconds: number;
  reads: LoadResult;
  creates: LoadResult;
  /** Cores the server kept busy, and everything else on the machine meanwhile (other people's work skews the figures). */
  serverCores: number | null;
  otherCores: number | null;
}

const MERCHANTS = 5000; // the bench dataset's merchants are 1..5000

export async function mixedPhase(root: string, data: BenchDataset, opts: { clients: number; writeShare: number; seconds: number }): Promise<MixedResult> {
  const copy = join(root, 'data/bench/mixed.sqlite');
  for (const f of [copy, `${copy}-wal`, `${copy}-shm`]) rmSync(f, { force: true });
  copyFileSync(data.file, copy);
  const server = await startBenchServer(root, copy);
  try {
    const types = JSON.parse((await get(`${server.base}/api/violation-types`, server.headers)).body) as { id: number }[];
    const params = new URLSearchParams({
      filter: JSON.stringify({ status: 'open', categoryId: data.jewelryLeafId }),
      sort: JSON.stringify(['dueAt', 'ASC']),
      range: JSON.stringify([0, 24]),
    });
    const readUrl = `${server.base}/api/cases?${params}`;
    const rng = mulberry32(7);
    let n = 0;
    const next = () => {
      if (rng() >= opts.writeShare) return { kind: 'read', url: readUrl, opts: { headers: server.headers } };
      n++;
      const body = {
        merchantId: 1 + Math.floor(rng() * MERCHANTS),
        violationTypeId: types[n % types.length].id,
        source: 'complaint',
        summary: `Mixed-load case ${n}: the buyer reports a plated bracelet sold as Au999`,
      };
      return {
        kind: 'create',
        url: `${server.base}/api/cases`,
        opts: { method: 'POST', headers: { ...server.headers, 'idempotency-key': `bench-${n}` }, json: body },
      };
    };
    await closedLoop(opts.clients, 2, next); // warm-up, discarded
    const cpu0 = cpuMs(server.pid);
    const busy0 = machineBusyMs();
    const self0 = process.cpuUsage();
    const result = await closedLoop(opts.clients, opts.seconds, next);
    const serverMs = cpu0 == null ? null : (cpuMs(server.pid) ?? cpu0) - cpu0;
    const self = process.cpuUsage(self0);
    const otherMs = serverMs == null ? null : machineBusyMs() - busy0 - serverMs - (self.user + self.system) / 1000;
    const seconds = (result.read ?? result.create).seconds;
    const cores = (ms: number | null) => (ms == null ? null : +(Math.max(0, ms) / 1000 / seconds).toFixed(2));
    return { ...opts, reads: result.read, creates: result.create, serverCores: cores(serverMs), otherCores: cores(otherMs) };
  } finally {
    await server.stop();
    for (const f of [copy, `${copy}-wal`, `${copy}-shm`]) rmSync(f, { force: true });
  }
}
