/**
 * `npm run seed:bench`: a large, realistic dataset through the project's own schema — the
 * migrations, the reference data, then merchants, the anchor benchmark's cases (drawn alike or
 * read from its db.json) and a year of orders with their inspections, in bulk — and last the
 * `afterLoad` step that brings derived data up to date, as after any bulk change.
 */
import { rmSync } from 'node:fs';
import type { Knex } from 'knex';
import { createDatabase, isPostgresUrl, migrateLatest, sqliteFile } from '../../server/db';
import { seedReference } from '../reference';
import { afterLoad } from './after-load';
import { bulkLoader } from './bulk';
import { ANCHOR_MERCHANTS, ANCHOR_START, anchorCases, CASE_COLUMNS, caseRow, jsonCases, type BenchRefs } from './cases';
import { PARCEL_COLUMNS, parcels } from './parcels';

export interface BenchSeedOptions {
  /** A SQLite file (rebuilt from nothing) or a postgres:// URL (an empty database, or `reset`). */
  db: string;
  cases: number;
  inspections: number;
  /** The anchor benchmark's data/db.json: its cases instead of drawing them. */
  fromJson?: string;
  /** PostgreSQL: drop the schema's tables first. */
  reset?: boolean;
  log?: (line: string) => void;
}

export interface BenchSeedResult {
  cases: number;
  orders: number;
  inspections: number;
  merchants: number;
  ms: Record<string, number>;
}

/** The year the dataset spans ends here, whatever day it is built. */
export const BENCH_END = ANCHOR_START + 365 * 86_400_000;

async function references(k: Knex) {
  const categories = (await k('categories as c').leftJoin('categories as p', 'p.id', 'c.parentId').orderBy('c.id').select('c.id', 'p.code as root')) as {
    id: number;
    root: string | null;
  }[];
  const refs: BenchRefs = {
    categoryIds: categories.map((c) => c.id),
    violationTypeIds: (await k('violationTypes').orderBy('id').pluck('id')) as number[],
    staffIds: (await k('users').whereIn('role', ['reviewer', 'manager']).orderBy('id').pluck('id')) as number[],
  };
  const warehouses = (await k('warehouses as w')
    .leftJoin('users as u', (j) => j.on('u.warehouseId', 'w.id').andOnVal('u.role', 'inspector'))
    .orderBy('w.id')
    .select('w.id', k.raw('min(u.id) as inspector_id'))
    .groupBy('w.id')) as { id: number; inspectorId: number | null }[];
  const jewelry = categories.filter((c) => c.root === 'jewelry_jade').map((c) => c.id);
  const failureCodes = (await k('violationTypes')
    .whereIn('code', ['material_fraud', 'weight_mismatch', 'counterfeit', 'description_mismatch'])
    .pluck('code')) as string[];
  if (refs.categoryIds.length < 12 || refs.violationTypeIds.length < 10 || !jewelry.length)
    throw new Error('bench: the reference data is smaller than expected');
  return { refs, warehouses, jewelry, failureCodes };
}

async function resetPg(k: Knex) {
  const [{ schema }] = (await k.raw('SELECT current_schema() AS schema')).rows;
  await k.raw('DROP SCHEMA ?? CASCADE', [schema]);
  await k.raw('CREATE SCHEMA ??', [schema]);
}

export async function seedBench(opts: BenchSeedOptions): Promise<BenchSeedResult> {
  const log = opts.log ?? (() => {});
  const ms: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    ms[name] = Math.round(now - t);
    t = now;
    log(`  ${name}: ${(ms[name] / 1000).toFixed(1)} s`);
  };
  const pg = isPostgresUrl(opts.db);
  if (!pg) for (const f of ['', '-wal', '-shm']) rmSync(`${sqliteFile(opts.db)}${f}`, { force: true });
  let db = createDatabase({ url: opts.db, readers: 1, checkpoints: false });
  try {
    const k = db.knex;
    if (pg && opts.reset) await resetPg(k);
    await migrateLatest(db);
    if (pg && Number((await k('users').count({ n: '*' }))[0].n) > 0) throw new Error('bench: the database is not empty (use --reset to drop its tables first)');
    await seedReference(k, { now: new Date(BENCH_END) });
    const { refs, warehouses, jewelry, failureCodes } = await references(k);
    lap('schema and reference data');

    // SQLite: the loader's own connection, alone on the file.
    if (!pg) await db.close();
    const loader = await bulkLoader(pg ? { knex: k } : { file: sqliteFile(opts.db) });
    try {
      await loader.deferIndexes(['merchants', 'cases', 'orders', 'inspections']);
      const joined = new Date(ANCHOR_START).toISOString();
      const merchants = await loader.insert(
        'merchants',
        ['id', 'nickname', 'follower_count', 'category_id', 'status', 'violation_points', 'open_case_count', 'joined_at', 'updated_at'],
        (function* () {
          for (let id = 1; id <= ANCHOR_MERCHANTS; id++) {
            yield [id, `bench-shop-${id}`, (id * 7919) % 1_000_000, refs.categoryIds[id % refs.categoryIds.length], 'active', 0, 0, joined, joined];
          }
        })(),
      );
      const source = opts.fromJson ? jsonCases(opts.fromJson, opts.cases) : anchorCases(opts.cases);
      const cases = await loader.insert(
        'cases',
        CASE_COLUMNS,
        (function* () {
          for (const c of source) yield caseRow(c, refs);
        })(),
      );
      lap(`${merchants} merchants, ${cases} cases`);
      // Orders, then their inspections, a chunk at a time (an inspection names its order).
      let orders = 0;
      let inspections = 0;
      let chunk: [unknown[], unknown[]][] = [];
      const flush = async () => {
        orders += await loader.insert(
          'orders',
          PARCEL_COLUMNS.orders,
          chunk.map(([o]) => o),
        );
        inspections += await loader.insert(
          'inspections',
          PARCEL_COLUMNS.inspections,
          chunk.map(([, i]) => i),
        );
        chunk = [];
      };
      for (const parcel of parcels(opts.inspections, { categoryIds: jewelry, warehouses, failureCodes, merchants: ANCHOR_MERCHANTS }, BENCH_END)) {
        chunk.push(parcel);
        if (chunk.length === 50_000) await flush();
      }
      await flush();
      lap(`${orders} orders and their inspections`);
      await loader.finish();
      lap('commit');
      // Derived data (open-case counts, planner statistics, and whatever else is derived from the rows) follows the load.
      if (!pg) db = createDatabase({ url: opts.db, readers: 1, checkpoints: false });
      await afterLoad(db.knex);
      lap('after load');
      return { cases, orders, inspections, merchants, ms };
    } catch (err) {
      await loader.abort();
      throw err;
    }
  } finally {
    await db.close();
  }
}
