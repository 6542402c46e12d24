/** `npm run migrate | seed | db:reset` against DATABASE_URL (default ./data/trustdesk.sqlite). */
import { rmSync } from 'node:fs';
import { checkAndAdvance } from '../audit/checkpoint';
import { openCliContext } from '../cli-context';
import { migrateLatest } from './index';
import { seedAll } from '../../seeds';

const command = process.argv[2];
const { config, db } = openCliContext();
try {
  if (command === 'reset') {
    if (process.env.NODE_ENV === 'production') throw new Error('db:reset refuses to run with NODE_ENV=production');
    await db.knex.migrate.rollback({ migrationSource: (await import('./migrations')).migrationSource }, true);
    // A new database starts a new audit log: the old log's checkpoint would report it truncated.
    rmSync(config.auditCheckpoint, { force: true });
  }
  const applied = await migrateLatest(db);
  console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Schema is up to date');
  if (command === 'seed' || command === 'reset') {
    if (await db.knex('users').first('id')) throw new Error('The database already has data; seed only fills an empty one (npm run db:reset starts over)');
    const summary = await seedAll(db.knex);
    console.log(
      `Seeded ${summary.merchants} merchants, ${summary.cases} cases, ${summary.events} case events and ${summary.auditEntries} audit entries into ${db.describe}`,
    );
    await checkAndAdvance(db.knex, config.auditCheckpoint, { full: true });
  } else if (command !== 'migrate') {
    throw new Error(`Unknown command "${command}" (migrate, seed, reset)`);
  }
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  await db.close();
}
