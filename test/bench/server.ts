/**
 * The real server as a child process for the benchmarks: `node` itself (not npm), so its PID is the
 * process measured, started on a free port and signed in once.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { get } from './load';

export interface BenchServer {
  base: string;
  pid: number;
  port: number;
  startupMs: number;
  /** A bearer header for the demo reviewer. */
  headers: Record<string, string>;
  /** Bearer headers for the demo reviewer and manager. */
  headersAs: Record<'reviewer' | 'manager', Record<string, string>>;
  stop(): Promise<void>;
}

/** The bench databases' audit key: the dataset builder writes with it (should the seeds write history), the server verifies with it. */
export const BENCH_AUDIT_KEY = 'trustdesk-bench-audit-key';
const EMAILS = { reviewer: 'reviewer@example.com', manager: 'manager@example.com' } as const;
const PASSWORD = 'trustdesk-demo';

export const freePort = () =>
  new Promise<number>((res, rej) => {
    const s = createServer()
      .listen(0, '127.0.0.1', () => {
        const { port } = s.address() as { port: number };
        s.close(() => res(port));
      })
      .on('error', rej);
  });
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startBenchServer(root: string, databaseFile: string, nodeArgs: string[] = []): Promise<BenchServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SKIP_SPA_BUILD: '1',
    PORT: String(port),
    DATABASE_URL: databaseFile,
    LOG_LEVEL: 'warn',
    SESSION_SECRET: randomBytes(16).toString('hex'),
    AUDIT_KEY: BENCH_AUDIT_KEY,
  };
  delete env.NODE_ENV; // production refuses the demo password we sign in with
  const t0 = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'server/main.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
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
  try {
    const base = `http://127.0.0.1:${port}`;
    for (;;) {
      if (exited) throw new Error(`the server exited during startup:\n${output}`);
      if (performance.now() - t0 > 120_000) throw new Error(`the server did not answer /api/health within 120 s:\n${output}`);
      const ok = await get(`${base}/api/health`, {}).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) break;
      await sleep(25);
    }
    const startupMs = Math.round(performance.now() - t0);
    const signIn = async (email: string) => {
      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: PASSWORD }),
      });
      if (login.status !== 200) throw new Error(`sign-in as ${email} failed: ${login.status} ${await login.text()}`);
      return { authorization: `Bearer ${((await login.json()) as { token: string }).token}` };
    };
    const headersAs = { reviewer: await signIn(EMAILS.reviewer), manager: await signIn(EMAILS.manager) };
    const headers = headersAs.reviewer;
    return { base, pid, port, startupMs, headers, headersAs, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
