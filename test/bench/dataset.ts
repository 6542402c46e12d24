/**
 * The benchmark database: the real schema and reference data plus N synthetic cases, built once
 * into data/bench/ (git-ignored) and reused while meta.json still matches.
 *
 * The cases follow the anchor benchmark's generator draw for draw (mulberry32 seed 42, same
 * vocabulary, same order of draws), so the totals of all three queries agree with the anchor's
 * dataset. Its small ids are mapped onto the real reference rows: category k → the k-th category by
 * id (so the anchor's `categoryId: 3` names the same rows), violation type k → the k-th type,
 * assignee k → a reviewer or manager.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPEN_CASE_STATUSES } from '../../domain/cases';
import { createDatabase, migrateLatest } from '../../server/db';
import { migrationSource } from '../../server/db/migrations';
import { seedReference } from '../../seeds';
import { int, mulberry32, pick, weighted, type Rng } from '../../seeds/random';

export interface BenchDataset {
  file: string;
  n: number;
  built: boolean;
  buildMs: number;
  bytes: number;
  jewelryLeafId: number;
}

const FORMAT = 1; // bump when the generated rows change, so old bench databases are rebuilt
const SEED = 42;
const MERCHANTS = 5000;
const DAY = 86_400_000;
const START = Date.parse('2025-11-25T00:00:00.000Z'); // openedAt over the 365 days after this
const SOURCES = ['inspection', 'complaint', 'patrol', 'report'] as const;
const STATUS_W = { open: 15, in_review: 10, confirmed: 25, dismissed: 25, penalized: 25 } as const;
const SEVERITY_W = { low: 35, medium: 35, high: 20, critical: 10 } as const;
const ZH = [
  '假冒',
  '珠宝',
  '直播间',
  '虚假宣传',
  '质检',
  '退款',
  '投诉',
  '发货延迟',
  '价格欺诈',
  '违规引流',
  '描述不符',
  '翡翠',
  '鉴定证书',
  '主播',
  '售后',
  '封禁',
  '罚单',
  '仓库',
  '抽检',
  '材质',
];
const EN = [
  'counterfeit',
  'jewelry',
  'livestream',
  'refund',
  'label',
  'mismatch',
  'delayed',
  'shipment',
  'fake',
  'certificate',
  'price',
  'misleading',
  'claim',
  'jade',
  'gold',
  'warranty',
  'return',
  'buyer',
  'report',
  'seller',
];
const COLS = [
  'id',
  'merchant_id',
  'category_id',
  'violation_type_id',
  'source',
  'inspection_id',
  'order_id',
  'severity',
  'status',
  'assignee_id',
  'summary',
  'evidence',
  'opened_at',
  'due_at',
  'resolved_at',
  'resolution',
  'opened_by_id',
  'version',
  'updated_at',
];
const ROWS_PER_INSERT = 500; // 500 x 19 bound parameters, far below SQLite's limit

interface Ref {
  categoryIds: number[];
  violationTypeIds: number[];
  staffIds: number[];
}

function summary(rng: Rng): string {
  let s = '';
  let zh = rng() < 0.5;
  while (s.length < 52) {
    s += (s ? ' ' : '') + pick(rng, zh ? ZH : EN);
    zh = !zh;
  }
  return s.slice(0, 64);
}

/** One case as a flat row in COLS order; every draw happens in the anchor generator's order. */
function caseRow(rng: Rng, id: number, ref: Ref): unknown[] {
  const openedMs = START + Math.floor(rng() * 365 * DAY);
  const dueMs = openedMs + int(rng, 1, 14) * DAY + int(rng, 0, DAY - 1);
  const merchantId = int(rng, 1, MERCHANTS);
  const categoryId = ref.categoryIds[int(rng, 1, 12) - 1];
  const violationTypeId = ref.violationTypeIds[int(rng, 1, 10) - 1];
  const source = pick(rng, SOURCES);
  const severity = weighted(rng, SEVERITY_W);
  const status = weighted(rng, STATUS_W);
  const assigneeId = rng() < 0.3 ? null : ref.staffIds[(int(rng, 1, 50) - 1) % ref.staffIds.length];
  const text = summary(rng);
  const version = int(rng, 1, 4);
  // Columns the anchor has no counterpart for are derived without drawing, to keep the draws aligned.
  const resolved = status === 'confirmed' || status === 'dismissed' || status === 'penalized';
  const openedAt = new Date(openedMs).toISOString();
  const resolvedAt = resolved ? new Date(openedMs + (dueMs - openedMs) / 2).toISOString() : null;
  const evidence = JSON.stringify([{ kind: 'text', text: `Bench evidence for case ${id}: ${text}` }]);
  return [
    id,
    merchantId,
    categoryId,
    violationTypeId,
    source,
    null,
    source === 'inspection' ? `PO${String(id).padStart(12, '0')}` : null,
    severity,
    status,
    assigneeId,
    text,
    evidence,
    openedAt,
    new Date(dueMs).toISOString(),
    resolvedAt,
    resolved ? (status === 'dismissed' ? 'No violation found.' : 'Violation confirmed.') : null,
    null,
    version,
    resolvedAt ?? openedAt,
  ];
}

// The node-sqlite3 connection under Knex's pool, promisified for the bulk load.
interface Sqlite3Conn {
  run(sql: string, params: unknown[], cb: (err: Error | null) => void): void;
  prepare(sql: string): { run(params: unknown[], cb: (err: Error | null) => void): void; finalize(cb: () => void): void };
}
const run = (c: Sqlite3Conn, sql: string, params: unknown[] = []) => new Promise<void>((res, rej) => c.run(sql, params, (e) => (e ? rej(e) : res())));

const insertSql = (rows: number) =>
  `INSERT INTO cases (${COLS.join(',')}) VALUES ${Array(rows)
    .fill(`(${COLS.map(() => '?').join(',')})`)
    .join(',')}`;

async function build(file: string, n: number): Promise<number> {
  const t0 = performance.now();
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  const db = createDatabase({ url: file, readers: 1 });
  try {
    await migrateLatest(db);
    await seedReference(db.knex);
    const k = db.knex;
    const ref: Ref = {
      categoryIds: (await k('categories').orderBy('id').pluck('id')) as number[],
      violationTypeIds: (await k('violationTypes').orderBy('id').pluck('id')) as number[],
      staffIds: (await k('users').whereIn('role', ['reviewer', 'manager']).orderBy('id').pluck('id')) as number[],
    };
    if (ref.categoryIds.length < 12 || ref.violationTypeIds.length < 10) throw new Error('bench: reference data is smaller than expected');

    // Merchants 1..5000 first (cases reference them); their derived open-case count is set after.
    await k.transaction(async (trx) => {
      const now = new Date(START + 365 * DAY).toISOString();
      for (let i = 1; i <= MERCHANTS; i += 500) {
        await trx('merchants').insert(
          Array.from({ length: Math.min(500, MERCHANTS - i + 1) }, (_, j) => ({
            id: i + j,
            nickname: `bench-shop-${i + j}`,
            followerCount: ((i + j) * 7919) % 1_000_000,
            categoryId: ref.categoryIds[(i + j) % ref.categoryIds.length],
            status: 'active',
            violationPoints: 0,
            openCaseCount: 0,
            joinedAt: new Date(START - ((i + j) * DAY) / 10).toISOString(),
            updatedAt: now,
          })),
        );
      }
    });
    const rng = mulberry32(SEED);
    const conn = (await k.client.acquireConnection()) as Sqlite3Conn;
    try {
      await run(conn, 'PRAGMA cache_size = -262144'); // 256 MiB: keeps the 7 case indexes' pages in memory during the load
      await run(conn, 'BEGIN');
      const full = conn.prepare(insertSql(ROWS_PER_INSERT));
      for (let i = 0; i < n; i += ROWS_PER_INSERT) {
        const rows: unknown[][] = [];
        for (let id = i + 1; id <= Math.min(n, i + ROWS_PER_INSERT); id++) rows.push(caseRow(rng, id, ref));
        const params = rows.flat();
        if (rows.length === ROWS_PER_INSERT) await new Promise<void>((res, rej) => full.run(params, (e) => (e ? rej(e) : res())));
        else await run(conn, insertSql(rows.length), params);
      }
      await new Promise<void>((res) => full.finalize(res));
      await run(conn, 'COMMIT');
    } catch (err) {
      await run(conn, 'ROLLBACK').catch(() => {});
      throw err;
    } finally {
      k.client.releaseConnection(conn);
    }
    await k.raw(
      `UPDATE merchants SET open_case_count = (SELECT COUNT(*) FROM cases WHERE cases.merchant_id = merchants.id
      AND cases.status IN (${OPEN_CASE_STATUSES.map(() => '?').join(',')}))`,
      [...OPEN_CASE_STATUSES],
    );
    await k.raw('PRAGMA wal_checkpoint(TRUNCATE)');
  } finally {
    await db.close();
  }
  return Math.round(performance.now() - t0);
}

/** The bench database for `n` cases, rebuilt when its meta.json is for another size, format or schema. */
export async function benchDataset(dir: string, n: number): Promise<BenchDataset> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'trustdesk-bench.sqlite');
  const metaFile = join(dir, 'meta.json');
  const want = { format: FORMAT, n, seed: SEED, migrations: await migrationSource.getMigrations([]) };
  const meta = existsSync(metaFile) && existsSync(file) ? JSON.parse(readFileSync(metaFile, 'utf8')) : null;
  const reuse = meta && JSON.stringify({ format: meta.format, n: meta.n, seed: meta.seed, migrations: meta.migrations }) === JSON.stringify(want);
  let buildMs = meta?.buildMs ?? 0;
  if (!reuse) {
    rmSync(metaFile, { force: true });
    buildMs = await build(file, n);
    writeFileSync(metaFile, JSON.stringify({ ...want, buildMs, builtAt: new Date().toISOString() }, null, 2) + '\n');
  }
  // The list query's category: a jewelry leaf, preferably the one the anchor's `categoryId: 3` maps to.
  const db = createDatabase({ url: file, readers: 1 });
  try {
    const cats: { id: number; root: string | null }[] = await db
      .knex('categories as c')
      .leftJoin('categories as p', 'p.id', 'c.parentId')
      .orderBy('c.id')
      .select('c.id', 'p.code as root');
    const leaves = cats.filter((c) => c.root === 'jewelry_jade');
    const jewelryLeafId = leaves.some((c) => c.id === cats[2]?.id) ? cats[2].id : leaves[0].id;
    return { file, n, built: !reuse, buildMs, bytes: statSync(file).size, jewelryLeafId };
  } finally {
    await db.close();
  }
}
