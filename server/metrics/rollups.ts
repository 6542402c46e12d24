/**
 * Keeping the metric roll-ups (./sources.ts) current. `refreshRollups` recomputes the rows a write
 * touched — each (group, day) key from the raw rows, in the writer's transaction — so corrections,
 * moves between days and deletions are right by construction, not by adding and subtracting.
 * `rebuildMetricRollups` recomputes every table with one set-based statement each: after bulk
 * loads (the demo seed, the benchmark data set) or to repair.
 */
import type { Knex } from 'knex';
import { isoDay, nextBucket } from '../../domain/metrics';
import { dialectOf, lockKeys } from '../db/dialect';
import { DAY_ROLLUPS, penalizedMerchants, type RollupName } from './sources';

/** A roll-up row a write may have changed: its table, group (warehouse or category) and a time in its day. */
export interface Touch {
  rollup: RollupName;
  group: number | null | undefined;
  at: string | Date | null | undefined;
}

const inTransaction = <T>(knex: Knex, work: (trx: Knex) => Promise<T>): Promise<T> =>
  (knex as Knex & { isTransaction?: boolean }).isTransaction ? work(knex) : knex.transaction(work);

/** Recomputes every roll-up table from the raw tables, in one transaction (or the caller's). */
export async function rebuildMetricRollups(knex: Knex): Promise<void> {
  const dialect = dialectOf(knex);
  await inTransaction(knex, async (trx) => {
    for (const rollup of [...Object.values(DAY_ROLLUPS), penalizedMerchants]) {
      const { sql, bindings } = rollup.select(dialect, null);
      await trx.raw(`DELETE FROM ${rollup.table}`);
      await trx.raw(`INSERT INTO ${rollup.table} (${rollup.columns.join(', ')}) ${sql}`, bindings);
    }
  });
}

/** A key's lock number: any stable 31-bit hash of group and day (a collision only serialises two writers more). */
const lockNumber = (group: number, day: string) => (group * 100_003 + Number(day.replaceAll('-', ''))) % 2_147_483_647;
const NAMESPACE = 0x6d_65_74; // "met"

/**
 * Recomputes the touched keys in the caller's transaction, after its change to the raw rows. On
 * PostgreSQL each key is locked first, so a concurrent writer of the same key recomputes after this
 * one commits and sees its change; `merchants` are the merchants whose penalties changed.
 */
export async function refreshRollups(trx: Knex, touches: Touch[], merchants: number[] = []): Promise<void> {
  const dialect = dialectOf(trx);
  const names = Object.keys(DAY_ROLLUPS) as RollupName[];
  for (const [index, name] of names.entries()) {
    const keys = new Map<string, { group: number; day: string }>();
    for (const t of touches) {
      if (t.rollup !== name || t.group == null || t.at == null) continue;
      const day = isoDay(new Date(t.at));
      keys.set(`${t.group}:${day}`, { group: Number(t.group), day });
    }
    if (!keys.size) continue;
    const rollup = DAY_ROLLUPS[name];
    await lockKeys(
      trx,
      NAMESPACE + index,
      [...keys.values()].map((k) => lockNumber(k.group, k.day)),
    );
    for (const { group, day } of keys.values()) {
      const { sql, bindings } = rollup.select(dialect, { group, from: `${day}T00:00:00.000Z`, to: `${nextBucket(day, 'day')}T00:00:00.000Z` });
      await trx.raw(`DELETE FROM ${rollup.table} WHERE ${rollup.group} = ? AND day = ?`, [group, day]);
      await trx.raw(`INSERT INTO ${rollup.table} (${rollup.columns.join(', ')}) ${sql}`, bindings);
    }
  }
  const ids = [...new Set(merchants.filter((m) => m != null).map(Number))];
  if (ids.length) {
    await lockKeys(trx, NAMESPACE + names.length, ids);
    const { sql, bindings } = penalizedMerchants.select(dialect, ids);
    await trx.raw(`DELETE FROM ${penalizedMerchants.table} WHERE merchant_id IN (${ids.map(() => '?').join(', ')})`, ids);
    await trx.raw(`INSERT INTO ${penalizedMerchants.table} (${penalizedMerchants.columns.join(', ')}) ${sql}`, bindings);
  }
}
