/**
 * What follows a bulk load: every derived value brought up to date from the rows just written,
 * as the services keep them on each single change. One step, run by `seed:bench` after its commit.
 */
import type { Knex } from 'knex';
import { OPEN_CASE_STATUSES } from '../../domain/cases';
import { dialectOf } from '../../server/db/dialect';
import { rebuildMetricRollups } from '../../server/metrics/rollups';

export async function afterLoad(knex: Knex): Promise<void> {
  const pg = dialectOf(knex) === 'pg';
  // Rows were written with their ids: the sequences continue after them.
  if (pg) {
    for (const table of ['cases', 'inspections']) {
      await knex.raw(`SELECT setval(pg_get_serial_sequence(?, 'id'), (SELECT coalesce(max(id), 1) FROM ??))`, [table, table]);
    }
  }
  // Merchants' open-case counts (server/merchants/service.ts keeps them on each change).
  await knex.raw(
    `UPDATE merchants SET open_case_count = (SELECT COUNT(*) FROM cases WHERE cases.merchant_id = merchants.id
     AND cases.status IN (${OPEN_CASE_STATUSES.map(() => '?').join(',')}))`,
    [...OPEN_CASE_STATUSES],
  );
  // The metrics' per-day roll-ups (server/metrics/: each write keeps them current; a bulk load rebuilds them).
  await rebuildMetricRollups(knex);
  // Planner statistics for the new row counts.
  if (!pg) await knex.raw('PRAGMA analysis_limit = 1000'); // sampled statistics: seconds, not minutes
  await knex.raw('ANALYZE');
  if (!pg) await knex.raw('PRAGMA wal_checkpoint(TRUNCATE)');
}
