/**
 * Backups (issue 10, item 8). SQLite: the online backup API copies a consistent snapshot of the
 * live database, WAL included, while the server keeps writing; restoring goes through the same API
 * in the other direction. PostgreSQL: `pg_dump` / `pg_restore`, whose command lines are given here.
 * A backup's audit head is checkpointed beside it, so a restore can show the copy is whole.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The few parts of node-sqlite3 used here (its typings do not cover the backup API). */
interface SqliteDatabase {
  backup(file: string, destName: string, sourceName: string, filenameIsDest: boolean, cb: (err: Error | null) => void): SqliteBackup;
  close(cb: (err: Error | null) => void): void;
}
interface SqliteBackup {
  step(pages: number, cb: (err: Error | null) => void): void;
  finish(cb: (err: Error | null) => void): void;
  completed: boolean;
  failed: boolean;
}
const sqlite3 = require('sqlite3') as {
  Database: new (file: string, mode: number, cb: (err: Error | null) => void) => SqliteDatabase;
  OPEN_READONLY: number;
  OPEN_READWRITE: number;
  OPEN_CREATE: number;
};

function open(file: string, mode: number): Promise<SqliteDatabase> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, mode, (err) => (err ? reject(err) : resolve(db)));
  });
}

/** Copies every page between `file` and the open database, in one step (one consistent snapshot). */
async function copyPages(db: SqliteDatabase, file: string, intoFile: boolean): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const backup = db.backup(file, 'main', 'main', intoFile, (err) => {
      if (err) return reject(err);
      backup.step(-1, (stepErr) => {
        if (stepErr || !backup.completed) return backup.finish(() => reject(stepErr ?? new Error('the backup did not complete')));
        backup.finish((finishErr) => (finishErr ? reject(finishErr) : resolve()));
      });
    });
  });
}

async function withDatabase<T>(file: string, mode: number, work: (db: SqliteDatabase) => Promise<T>): Promise<T> {
  const db = await open(file, mode);
  try {
    return await work(db);
  } finally {
    await new Promise<void>((resolve) => db.close(() => resolve()));
  }
}

/** A consistent copy of the live SQLite database `source` into `dest` (a new file). */
export function backupSqlite(source: string, dest: string): Promise<void> {
  return withDatabase(source, sqlite3.OPEN_READONLY, (db) => copyPages(db, dest, true));
}

/** Replaces the content of the SQLite database `target` with the backup `from`. */
export function restoreSqlite(from: string, target: string): Promise<void> {
  return withDatabase(target, sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE, (db) => copyPages(db, from, false));
}

/** A timestamp for file names: `2026-12-10T08-30-00Z`. */
export const fileStamp = (at = new Date()) =>
  at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');

/** The URL as shown to people: without its password. */
export const withoutPassword = (url: string) => url.replace(/(\/\/[^:/@]+):[^@/]*@/, '$1@');

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** pg_dump's command line for a custom-format dump of `url` (a consistent snapshot while the server runs). */
export function pgDumpArgs(url: string, file: string, opts: { schema?: string } = {}): string[] {
  return ['pg_dump', '--format=custom', '--no-owner', ...(opts.schema ? [`--schema=${opts.schema}`] : []), `--file=${file}`, `--dbname=${url}`];
}

/** pg_restore's command line into `url` (an empty database, or with --clean over an existing one). */
export function pgRestoreArgs(url: string, file: string): string[] {
  return ['pg_restore', '--clean', '--if-exists', '--no-owner', '--exit-on-error', `--dbname=${url}`, file];
}

export const shellLine = (args: string[]) => args.map((a) => (/^[\w./=:-]+$/.test(a) ? a : quote(a))).join(' ');
