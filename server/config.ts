import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isPostgresUrl } from './db';

export interface Config {
  port: number;
  databaseUrl: string;
  sessionSecret: string;
  production: boolean;
  uploadsDir: string;
}

export const DEFAULT_DATABASE = './data/trustdesk.sqlite';
export const DEFAULT_UPLOADS_DIR = './data/uploads';

/** Configuration is the environment only (SPEC §2); the session secret is generated once and kept beside the data. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  const databaseUrl = env.DATABASE_URL || DEFAULT_DATABASE;
  return {
    port,
    databaseUrl,
    sessionSecret: env.SESSION_SECRET || keptSecret(databaseUrl),
    production: env.NODE_ENV === 'production',
    uploadsDir: env.UPLOADS_DIR || DEFAULT_UPLOADS_DIR,
  };
}

function keptSecret(databaseUrl: string): string {
  const folder = isPostgresUrl(databaseUrl) ? resolve('data') : dirname(resolve(databaseUrl.replace(/^file:(\/\/)?/, '')));
  const file = resolve(folder, '.session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(folder, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
