import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isPostgresUrl } from './db';
import { parseImageHosts } from './http/security-headers';

export interface Config {
  port: number;
  databaseUrl: string;
  sessionSecret: string;
  /** Keys the audit hash chain (HMAC); kept outside the database so whoever holds the database cannot rewrite the log. */
  auditKey: string;
  /** The signed head of the audit chain, kept outside the database: truncation and rewrites show against it. */
  auditCheckpoint: string;
  /** Hosts whose evidence images staff browsers may load (EVIDENCE_IMAGE_HOSTS); none by default. */
  evidenceImageHosts: string[];
  production: boolean;
  uploadsDir: string;
}

export const DEFAULT_DATABASE = './data/trustdesk.sqlite';
export const DEFAULT_UPLOADS_DIR = './data/uploads';
const MIN_AUDIT_KEY = 16;

/** Configuration is the environment only (SPEC §2); secrets are generated once and kept beside the data. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  const databaseUrl = env.DATABASE_URL || DEFAULT_DATABASE;
  const auditKey = env.AUDIT_KEY || keptSecret(databaseUrl, '.audit-key');
  if (auditKey.length < MIN_AUDIT_KEY) throw new Error(`AUDIT_KEY must be at least ${MIN_AUDIT_KEY} characters`);
  return {
    port,
    databaseUrl,
    sessionSecret: env.SESSION_SECRET || keptSecret(databaseUrl, '.session-secret'),
    auditKey,
    auditCheckpoint: resolve(env.AUDIT_CHECKPOINT || resolve(dataFolder(databaseUrl), 'audit-checkpoint.json')),
    evidenceImageHosts: parseImageHosts(env.EVIDENCE_IMAGE_HOSTS),
    production: env.NODE_ENV === 'production',
    uploadsDir: env.UPLOADS_DIR || DEFAULT_UPLOADS_DIR,
  };
}

/** The folder beside the database where generated secrets and the audit checkpoint live (./data for PostgreSQL). */
export function dataFolder(databaseUrl: string): string {
  return isPostgresUrl(databaseUrl) ? resolve('data') : dirname(resolve(databaseUrl.replace(/^file:(\/\/)?/, '')));
}

function keptSecret(databaseUrl: string, name: string): string {
  const folder = dataFolder(databaseUrl);
  const file = resolve(folder, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(folder, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
