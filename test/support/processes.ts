/**
 * Real processes for the tests that need them: the command-line tools and the server as `npm start`
 * runs it (server/main.ts), each with its own environment, from the repository root.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { type Agent, request } from 'node:http';
import { join, resolve } from 'node:path';
import { TEST_AUDIT_KEY } from './audit-key';
import type { TestApp } from './testApp';

export const ROOT = resolve(import.meta.dirname, '../..');

/** The environment for a CLI or server process on the test app's database, its audit checkpoint in `dir`. */
export const processEnv = (t: TestApp, dir: string): Record<string, string> => ({
  DATABASE_URL: t.databaseUrl,
  AUDIT_KEY: TEST_AUDIT_KEY,
  AUDIT_CHECKPOINT: join(dir, 'audit-checkpoint.json'),
  SESSION_SECRET: 'test-secret', // the test app's: its bearer tokens work on the process too
});

export interface JsonReply {
  status: number;
  body: any;
  headers: Record<string, string | string[] | undefined>;
}

/** POST a JSON body with a bearer token (and any other headers) over `agent`. */
export function postJson(url: string, token: string, body: unknown, agent: Agent, headers: Record<string, string> = {}): Promise<JsonReply> {
  const json = JSON.stringify(body);
  const all = { ...headers, authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(json)) };
  return new Promise((res, rej) => {
    const req = request(url, { method: 'POST', agent, headers: all }, (reply) => {
      let text = '';
      reply.on('data', (b: Buffer) => (text += b));
      reply.on('end', () => res({ status: reply.statusCode!, body: text ? JSON.parse(text) : null, headers: reply.headers }));
      reply.on('error', rej);
    });
    req.on('error', rej);
    req.end(json);
  });
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function node(script: string, args: string[], env: Record<string, string>): ChildProcess {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', ...env };
  if (!env.NODE_ENV) delete childEnv.NODE_ENV; // Vitest sets NODE_ENV=test; production is asked for explicitly
  return spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Runs a command-line tool (e.g. `server/db/backup-cli.ts`) to its end. */
export function runCli(script: string, args: string[], env: Record<string, string>): Promise<CliResult> {
  const child = node(script, args, env);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (b: Buffer) => (stdout += b));
  child.stderr!.on('data', (b: Buffer) => (stderr += b));
  return new Promise((res, rej) => {
    child.on('error', rej);
    child.on('close', (code) => res({ code, stdout, stderr }));
  });
}

export interface ServerProcess {
  url: string;
  pid: number;
  /** Everything it printed so far. */
  output(): string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
  kill(signal: NodeJS.Signals): void;
}

/** `server/main.ts` on a free port; resolves once it printed where it runs. */
export function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = node('server/main.ts', [], { SKIP_SPA_BUILD: '1', PORT: '0', ...env });
  let output = '';
  const exited = new Promise<number | string>((res) => child.on('exit', (code, signal) => res(code ?? signal ?? -1)));
  return new Promise((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`the server did not start within 60 s:\n${output}`)), 60_000);
    const read = (b: Buffer) => {
      output += b;
      const url = /running at (http:\/\/\S+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        res({ url, pid: child.pid!, output: () => output, exited, kill: (signal) => child.kill(signal) });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    void exited.then((code) => {
      clearTimeout(timer);
      rej(new Error(`the server exited (${code}) during start-up:\n${output}`));
    });
  });
}
