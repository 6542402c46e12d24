/**
 * `npm run restore -- <backup.sqlite>` (SQLite; stop the server first): checks the backup is whole
 * (its audit chain verifies with the audit key and reaches the head checkpointed beside it), keeps
 * the current database as <database>.before-restore-<time>, restores, and makes the restored head
 * the audit checkpoint. `npm run restore -- --adopt` (PostgreSQL, after pg_restore): verifies the
 * restored audit chain and adopts its head as the checkpoint.
 */
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkAndAdvance, readCheckpoint } from '../audit/checkpoint';
import { openCliContext } from '../cli-context';
import { backupSqlite, fileStamp, restoreSqlite } from './backup';
import { createDatabase, sqliteFile, type Database } from './index';

const { values, positionals } = parseArgs({ options: { adopt: { type: 'boolean' } }, allowPositionals: true });
const { config, db } = openCliContext();

/** Verifies `target`'s whole chain and records its head as the checkpoint, replacing the one of the log before the restore. */
async function adoptHead(target: Database) {
  const previous = existsSync(config.auditCheckpoint) ? readCheckpoint(config.auditCheckpoint) : null;
  rmSync(config.auditCheckpoint, { force: true });
  const { chain } = await checkAndAdvance(target.reader, config.auditCheckpoint, { full: true });
  if (chain.brokenAt != null) throw new Error(`The restored audit chain is broken at entry ${chain.brokenAt}: ${chain.reason}`);
  console.log(`Audit chain: ${chain.checked} entries verified; the checkpoint now records entry ${chain.head?.id ?? '(none)'}.`);
  if (previous && previous.id !== chain.head?.id) {
    console.log(
      `Before the restore the checkpoint recorded entry ${previous.id} (${previous.at}): entries after ${chain.head?.id ?? 0} are not in this backup.`,
    );
  }
}

try {
  if (db.dialect === 'pg') {
    if (!values.adopt) throw new Error('PostgreSQL: restore with pg_restore (npm run backup prints the line), then run npm run restore -- --adopt');
    await adoptHead(db);
  } else {
    if (positionals.length !== 1) throw new Error('Usage: npm run restore -- <backup.sqlite>   (stop the server first)');
    const from = resolve(positionals[0]);
    if (!existsSync(from)) throw new Error(`No backup at ${from}`);
    const copy = createDatabase({ url: from, readers: 1 });
    try {
      const withHead = existsSync(`${from}.checkpoint.json`);
      const { chain } = await checkAndAdvance(copy.reader, `${from}.checkpoint.json`, { full: true, advance: false });
      if (chain.brokenAt != null) throw new Error(`Refusing to restore: the backup's audit chain is broken at entry ${chain.brokenAt}: ${chain.reason}`);
      if (!withHead) console.log(`Note: no checkpoint beside the backup; its chain verifies on its own (${chain.checked} entries).`);
    } finally {
      await copy.close();
    }
    const target = sqliteFile(config.databaseUrl);
    await db.close();
    if (existsSync(target)) {
      const kept = `${target}.before-restore-${fileStamp()}`;
      await backupSqlite(target, kept);
      console.log(`The current database is kept as ${kept}.`);
    }
    await restoreSqlite(from, target);
    console.log(`Restored ${from} into ${target}.`);
    const restored = createDatabase({ url: config.databaseUrl, readers: 1 });
    try {
      await adoptHead(restored);
    } finally {
      await restored.close();
    }
  }
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  await db.close();
}
