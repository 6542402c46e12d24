/**
 * `npm run test:pg`: the same API suite against PostgreSQL. Each test file creates and drops its
 * own schema, so runs never see each other's data. DATABASE_URL defaults to the local server.
 */
import { spawnSync } from 'node:child_process';
import knexFactory from 'knex';

const url = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : 'postgres://postgres@127.0.0.1:5432/test';
const probe = knexFactory({ client: 'pg', connection: url, pool: { min: 0, max: 1 } });
try {
  await probe.raw('select 1');
} catch (err) {
  console.error(`test:pg needs PostgreSQL at ${url.replace(/:[^:@/]+@/, ':***@')}: ${(err as Error).message}`);
  process.exit(1);
} finally {
  await probe.destroy();
}
const result = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', 'vitest.config.ts', 'test/api', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: url },
});
process.exit(result.status ?? 1);
