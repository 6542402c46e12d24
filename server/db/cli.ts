/** `npm run migrate | seed | db:reset` against DATABASE_URL (default ./data/trustdesk.sqlite). */
import { loadConfig } from '../config';
import { createDatabase, migrateLatest } from './index';
import { seedAll } from '../../seeds';

const command = process.argv[2];
const { databaseUrl } = loadConfig();
const db = createDatabase({ url: databaseUrl });
try {
  if (command === 'reset') {
    if (process.env.NODE_ENV === 'production') throw new Error('db:reset refuses to run with NODE_ENV=production');
    await db.knex.migrate.rollback({ migrationSource: (await import('./migrations')).migrationSource }, true);
  }
  const applied = await migrateLatest(db);
  console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Schema is up to date');
  if (command === 'seed' || command === 'reset') {
    if (await db.knex('users').first('id')) throw new Error('The database already has data; seed only fills an empty one (npm run db:reset starts over)');
    const summary = await seedAll(db.knex);
    console.log(
      `Seeded ${summary.merchants} merchants, ${summary.cases} cases, ${summary.events} case events and ${summary.auditEntries} audit entries into ${db.describe}`,
    );
  } else if (command !== 'migrate') {
    throw new Error(`Unknown command "${command}" (migrate, seed, reset)`);
  }
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  await db.close();
}
