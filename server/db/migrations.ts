import type { Knex } from 'knex';
import * as foundation from '../../migrations/20261125_0001_foundation';
import * as enforcement from '../../migrations/20261125_0002_enforcement';
import * as queueIndexes from '../../migrations/20261125_0003_queue_indexes';
import * as oneSource from '../../migrations/20261201_0004_one_source';
import * as inspections from '../../migrations/20261201_0005_inspections';
import * as notices from '../../migrations/20261201_0006_notices';
import * as idempotencyFingerprint from '../../migrations/20261201_0008_idempotency_fingerprint';
import * as metrics from '../../migrations/20261201_0009_metrics';
import * as textSearch from '../../migrations/20261202_0010_text_search';
import * as changeCounter from '../../migrations/20261202_0011_change_counter';
import * as listIndexes from '../../migrations/20261202_0012_list_indexes';

/**
 * Migrations are listed statically: Knex's directory loader cannot import .ts under ESM, while
 * this source works the same in the server, the CLI (node --import tsx) and Vitest.
 * Add each new migration file here, in order.
 */
const MIGRATIONS: Record<string, Knex.Migration> = {
  '20261125_0001_foundation': foundation,
  '20261125_0002_enforcement': enforcement,
  '20261125_0003_queue_indexes': queueIndexes,
  '20261201_0004_one_source': oneSource,
  '20261201_0005_inspections': inspections,
  '20261201_0006_notices': notices,
  '20261201_0008_idempotency_fingerprint': idempotencyFingerprint,
  '20261201_0009_metrics': metrics,
  '20261202_0010_text_search': textSearch,
  '20261202_0011_change_counter': changeCounter,
  '20261202_0012_list_indexes': listIndexes,
};

export const migrationSource: Knex.MigrationSource<string> = {
  getMigrations: async () => Object.keys(MIGRATIONS),
  getMigrationName: (name) => name,
  getMigration: async (name) => MIGRATIONS[name],
};
