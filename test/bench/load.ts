/**
 * A small closed-loop load generator (no autocannon): `connections` workers, each on its own
 * keep-alive socket, send the next request as soon as the previous response has been read.
 * Latency is measured per request in float ms; a phase ends when every worker has finished its
 * last request, so nothing is left queued in the server for the next phase.
 */
import { Agent, request } from 'node:http';
import { readFileSync } from 'node:fs';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  reqPerSec: number;
  p50: number | null;
  p99: number | null;
  max: number | null;
  errors: number;
  /** non-2xx status codes and socket errors, for the report */
  errorDetail: Record<string, number>;
}

export function get(url: string, headers: Record<string, string>, agent?: Agent): Promise<Reply> {
  return send(url, { headers }, agent);
}

/** One request (a body is sent as JSON), its reply read to the end. */
export function send(url: string, opts: { method?: string; headers: Record<string, string>; json?: unknown }, agent?: Agent): Promise<Reply> {
  const body = opts.json === undefined ? undefined : JSON.stringify(opts.json);
  const headers =
    body === undefined ? opts.headers : { ...opts.headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) };
  return new Promise((resolve, reject) => {
    const req = request(url, { method: opts.method ?? 'GET', headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

function percentile(sorted: number[], p: number): number | null {
  if (!sorted.length) return null;
  return +sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)].toFixed(2);
}

export async function load(url: string, headers: Record<string, string>, connections: number, seconds: number): Promise<LoadResult> {
  return (await closedLoop(connections, seconds, () => ({ kind: 'get', url, opts: { headers } }))).get;
}

/** What one worker sends next: a request and the kind its latency is counted under. */
export type NextRequest = () => { kind: string; url: string; opts: Parameters<typeof send>[1] };

/** `connections` workers send `next()` back to back for `seconds`; figures per kind of request. */
export async function closedLoop(connections: number, seconds: number, next: NextRequest): Promise<Record<string, LoadResult>> {
  // One socket per worker: maxSockets = connections, all reused (keep-alive), as autocannon does.
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies: Record<string, number[]> = {};
  const errorDetail: Record<string, Record<string, number>> = {};
  const t0 = performance.now();
  const deadline = t0 + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const { kind, url, opts } = next();
      latencies[kind] ??= [];
      errorDetail[kind] ??= {};
      const errors = errorDetail[kind];
      const t = performance.now();
      try {
        const reply = await send(url, opts, agent);
        if (reply.status >= 200 && reply.status < 300) latencies[kind].push(performance.now() - t);
        else errors[reply.status] = (errors[reply.status] ?? 0) + 1;
      } catch (err) {
        const key = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
        errors[key] = (errors[key] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  agent.destroy();
  const elapsed = (performance.now() - t0) / 1000;
  return Object.fromEntries(Object.keys(latencies).map((kind) => [kind, summarize(latencies[kind], errorDetail[kind], elapsed)]));
}

/** Latencies (ms) and failures of one phase → its figures. */
export function summarize(latencies: number[], errorDetail: Record<string, number>, elapsed: number): LoadResult {
  latencies.sort((a, b) => a - b);
  const errors = Object.values(errorDetail).reduce((s, n) => s + n, 0);
  return {
    requests: latencies.length,
    seconds: +elapsed.toFixed(3),
    reqPerSec: +(latencies.length / elapsed).toFixed(1),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.length ? +latencies[latencies.length - 1].toFixed(2) : null,
    errors,
    errorDetail,
  };
}

/** utime + stime of a process in ms, all threads (/proc/<pid>/stat; Linux ticks are 10 ms). */
export function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** VmRSS and VmHWM (peak RSS) of a process in MiB. */
export function memoryMiB(pid: number): { rss: number | null; hwm: number | null } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
    const mib = (v: number) => (Number.isFinite(v) ? +(v / 1024).toFixed(1) : null);
    return { rss: mib(kb('VmRSS')), hwm: mib(kb('VmHWM')) };
  } catch {
    return { rss: null, hwm: null };
  }
}

/** CPU ms the whole machine has been busy since boot, all cores (/proc/stat: all but idle and iowait). */
export function machineBusyMs(): number {
  const v = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  return (v.slice(0, 8).reduce((s, x) => s + x, 0) - v[3] - v[4]) * 10;
}

/** Cores the whole machine kept busy over `ms`: other work on a 2-core VM skews every figure. */
export async function machineBusyCores(ms = 1000): Promise<number> {
  const b0 = machineBusyMs();
  await new Promise((r) => setTimeout(r, ms));
  return +((machineBusyMs() - b0) / ms).toFixed(2);
}
