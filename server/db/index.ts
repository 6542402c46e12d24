import knexFactory, { type Knex } from 'knex';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { camelizeResult, toSnake } from './case-mapping';
import { migrationSource } from './migrations';
import { WritePriority } from './write-priority';
import { cacheStatements, type SqliteConnection } from './statement-cache';
import { CountCache } from './count-cache';

export type { Dialect } from './dialect';
import type { Dialect } from './dialect';

/**
 * The database handle every module receives. `knex` runs writes and transactions; `reader` runs
 * plain reads. On SQLite they are different pools: one writer connection (so write transactions
 * never race for the lock; WAL lets readers proceed meanwhile) and a few read-only connections that
 * run list queries in parallel on libuv's threads. On PostgreSQL both are one pool.
 */
export interface Database {
  knex: Knex;
  reader: Knex;
  dialect: Dialect;
  /** For messages and logs: the SQLite file or the PostgreSQL database (never the password). */
  describe: string;
  /** SQLite: reads that arrive while writes are running or waiting let them go first (write-priority.ts). */
  writePriority?: WritePriority;
  /** List totals, remembered while nothing changed (SQLite; see count-cache.ts). */
  counts: CountCache;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** `postgres://…` or a SQLite file path / `file:` URL. */
  url: string;
  /** PostgreSQL schema to use (tests get a fresh one per file). */
  schema?: string;
  readers?: number;
  /** SQLite: checkpoint the WAL from a reader once a second (default); a bulk loader does it itself. */
  checkpoints?: boolean;
}

const common = {
  wrapIdentifier: (value: string, origImpl: (v: string) => string) => origImpl(typeof value === 'string' && value !== '*' ? toSnake(value) : value),
  postProcessResponse: (result: unknown) => camelizeResult(result),
};

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export function sqliteFile(url: string): string {
  return url.startsWith('file:') ? decodeURIComponent(url.slice('file:'.length).replace(/^\/\/(?=\/)/, '')) : url;
}

/**
 * WAL with `synchronous = FULL`: a commit is on disk before it is acknowledged (NORMAL would keep
 * the database consistent but could lose the last acknowledged writes to a power cut). The
 * writer never checkpoints on commit (`wal_autocheckpoint = 0`): a reader connection does it once
 * a second, so no write waits for a checkpoint while holding the write lock.
 */
function sqliteConfig(filename: string, maxConnections: number, readOnly: boolean): Knex.Config {
  const pragmas = [
    'PRAGMA journal_mode = WAL',
    'PRAGMA foreign_keys = ON',
    'PRAGMA busy_timeout = 5000',
    'PRAGMA synchronous = FULL',
    ...(readOnly ? ['PRAGMA query_only = ON'] : ['PRAGMA wal_autocheckpoint = 0']),
  ].join('; ');
  return {
    client: 'sqlite3',
    connection: { filename },
    useNullAsDefault: true,
    pool: {
      min: 1,
      max: maxConnections,
      // Per connection: SQLite forgets these settings on every new connection.
      afterCreate: (conn: SqliteConnection & { exec(sql: string, cb: (err: Error | null) => void): void }, done: (err: Error | null, c: unknown) => void) =>
        conn.exec(pragmas, (err) => {
          if (!err) cacheStatements(conn);
          done(err, conn);
        }),
    },
    ...common,
  };
}

const WAL_CHECKPOINT_MS = 1000;
/** The longest a read waits for writes in progress to finish. */
const READ_WAIT_MS = 250;

/** Closing twice (a CLI's error path, a shutdown signal during shutdown) waits for the one close. */
function once(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | null = null;
  return () => {
    closing ??= close();
    return closing;
  };
}

export function createDatabase({ url, schema, readers = 3, checkpoints: checkpointing = true }: DatabaseOptions): Database {
  if (isPostgresUrl(url)) {
    const knex = knexFactory({
      client: 'pg',
      connection: url,
      searchPath: schema ? [schema] : undefined,
      pool: { min: 0, max: 10 },
      ...common,
    });
    const { hostname, pathname } = new URL(url);
    return {
      knex,
      reader: knex,
      dialect: 'pg',
      counts: new CountCache(knex),
      describe: `PostgreSQL ${hostname}${pathname}${schema ? ` (schema ${schema})` : ''}`,
      close: once(() => knex.destroy()),
    };
  }
  const filename = sqliteFile(url);
  mkdirSync(dirname(filename), { recursive: true });
  const knex = knexFactory(sqliteConfig(filename, 1, false));
  const reader = knexFactory(sqliteConfig(filename, readers, true));
  const checkpoints = checkpointing ? setInterval(() => reader.raw('PRAGMA wal_checkpoint(PASSIVE)').catch(() => {}), WAL_CHECKPOINT_MS) : undefined;
  checkpoints?.unref();
  return {
    knex,
    reader,
    dialect: 'sqlite',
    counts: new CountCache(reader),
    describe: `SQLite ${filename}`,
    writePriority: new WritePriority(READ_WAIT_MS),
    close: once(async () => {
      clearInterval(checkpoints);
      await reader.destroy();
      await knex.destroy();
    }),
  };
}

export async function migrateLatest(db: Database): Promise<string[]> {
  if (db.dialect === 'pg') {
    const schema = (db.knex.client.config as Knex.Config).searchPath;
    if (Array.isArray(schema) && schema[0]) await db.knex.raw('CREATE SCHEMA IF NOT EXISTS ??', [schema[0]]);
  }
  const [, applied] = await db.knex.migrate.latest({ migrationSource });
  return applied as string[];
}
