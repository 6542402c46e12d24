/**
 * `npm run backup [-- --to <file>]`. SQLite: a consistent copy of the live database (the server
 * may keep running) into data/backups/trustdesk-<time>.sqlite, its audit chain verified with the
 * audit key and its head checkpointed beside it (<file>.checkpoint.json). PostgreSQL: prints the
 * pg_dump line to run.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkAndAdvance } from '../audit/checkpoint';
import { openCliContext } from '../cli-context';
import { dataFolder } from '../config';
import { backupSqlite, fileStamp, pgDumpArgs, pgRestoreArgs, shellLine, withoutPassword } from './backup';
import { createDatabase, sqliteFile } from './index';

const { values } = parseArgs({ options: { to: { type: 'string' } } });
const { config, db } = openCliContext();
const folder = join(dataFolder(config.databaseUrl), 'backups');
try {
  if (db.dialect === 'pg') {
    const file = values.to ?? join(folder, `trustdesk-${fileStamp()}.dump`);
    const url = withoutPassword(config.databaseUrl);
    console.log('PostgreSQL: back up with pg_dump (a consistent snapshot; the server may keep running; the password from PGPASSWORD or ~/.pgpass):');
    console.log(`  mkdir -p ${dirname(file)} && ${shellLine(pgDumpArgs(url, file))}`);
    console.log('Restore into an empty database (or over this one, server stopped), then adopt its audit head:');
    console.log(`  ${shellLine(pgRestoreArgs(url, file))} && npm run restore -- --adopt`);
  } else {
    const dest = resolve(values.to ?? join(folder, `trustdesk-${fileStamp()}.sqlite`));
    if (existsSync(dest)) throw new Error(`${dest} already exists`);
    mkdirSync(dirname(dest), { recursive: true });
    await backupSqlite(sqliteFile(config.databaseUrl), dest);
    const copy = createDatabase({ url: dest, readers: 1 });
    try {
      const { chain } = await checkAndAdvance(copy.reader, `${dest}.checkpoint.json`, { full: true });
      if (chain.brokenAt != null) throw new Error(`The copy's audit chain is broken at entry ${chain.brokenAt}: ${chain.reason}`);
      console.log(`Backed up ${db.describe} to ${dest}: ${chain.checked} audit entries verified, head entry ${chain.head?.id ?? '(none)'}.`);
    } finally {
      await copy.close();
    }
  }
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  await db.close();
}
