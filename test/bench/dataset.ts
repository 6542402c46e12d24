/**
 * The benchmark database: `npm run seed:bench`'s dataset (seeds/bench/) built once into
 * data/bench/ (git-ignored) and reused while meta.json still matches its sizes, format and schema.
 * Its cases are the anchor benchmark's, draw for draw, so the totals of the shared queries agree.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDatabase } from '../../server/db';
import { migrationSource } from '../../server/db/migrations';
import { seedBench } from '../../seeds/bench';

export interface BenchDataset {
  file: string;
  n: number;
  inspections: number;
  built: boolean;
  buildMs: number;
  bytes: number;
  jewelryLeafId: number;
  /** The busiest warehouse, for the inspections query. */
  warehouseId: number;
}

const FORMAT = 4; // bump when the generated rows change, so old bench databases are rebuilt

/** The bench database for `n` cases and `inspections` parcels, rebuilt when its meta.json is for another build. */
export async function benchDataset(dir: string, n: number, inspections: number, log = console.log): Promise<BenchDataset> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'trustdesk-bench.sqlite');
  const metaFile = join(dir, 'meta.json');
  const want = { format: FORMAT, n, inspections, migrations: await migrationSource.getMigrations([]) };
  const meta = existsSync(metaFile) && existsSync(file) ? JSON.parse(readFileSync(metaFile, 'utf8')) : null;
  const reuse = meta && JSON.stringify({ format: meta.format, n: meta.n, inspections: meta.inspections, migrations: meta.migrations }) === JSON.stringify(want);
  let buildMs = meta?.buildMs ?? 0;
  if (!reuse) {
    rmSync(metaFile, { force: true });
    const t0 = performance.now();
    log(`bench: building the dataset (npm run seed:bench -- --cases ${n} --inspections ${inspections})`);
    await seedBench({ db: file, cases: n, inspections, log });
    buildMs = Math.round(performance.now() - t0);
    writeFileSync(metaFile, `${JSON.stringify({ ...want, buildMs, builtAt: new Date().toISOString() }, null, 2)}\n`);
  }
  const db = createDatabase({ url: file, readers: 1, checkpoints: false });
  try {
    // The list query's category: a jewelry leaf, preferably the one the anchor's `categoryId: 3` maps to.
    const cats: { id: number; root: string | null }[] = await db
      .knex('categories as c')
      .leftJoin('categories as p', 'p.id', 'c.parentId')
      .orderBy('c.id')
      .select('c.id', 'p.code as root');
    const leaves = cats.filter((c) => c.root === 'jewelry_jade');
    const jewelryLeafId = leaves.some((c) => c.id === cats[2]?.id) ? cats[2].id : leaves[0].id;
    const busiest = await db.knex('inspections').groupBy('warehouseId').orderBy('n', 'desc').first('warehouseId', db.knex.raw('count(*) as n'));
    return { file, n, inspections, built: !reuse, buildMs, bytes: statSync(file).size, jewelryLeafId, warehouseId: busiest?.warehouseId ?? 1 };
  } finally {
    await db.close();
  }
}
