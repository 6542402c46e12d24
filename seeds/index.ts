/** Seeds the demo database: reference data, then the demo history (merchants, cases, penalties, appeals and its audit trail). Expects a migrated, empty database. */
import type { Knex } from 'knex';
import { seedDemo, type DemoOptions, type DemoSummary } from './demo';
import { seedReference } from './reference';

export { seedDemo, DEMO_DEFAULTS, type DemoOptions, type DemoSummary } from './demo';
export { seedReference } from './reference';
export { STAFF as DEMO_ACCOUNTS } from './content/reference';
export { DEMO_PASSWORD } from '../server/auth/password';

export async function seedAll(knex: Knex, opts: DemoOptions = {}): Promise<DemoSummary> {
  await seedReference(knex, { now: opts.now });
  return seedDemo(knex, opts);
}
