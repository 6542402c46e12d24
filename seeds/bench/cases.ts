/**
 * The benchmark's cases, row for row those of the anchor benchmark: either drawn here with its
 * generator (mulberry32 seed 42, the same vocabulary and order of draws) or read from its
 * `data/db.json`. Its small ids are mapped onto the real reference rows: category k → the k-th
 * category by id, violation type k → the k-th type, assignee k → a reviewer or manager. Pure.
 */
import { readFileSync } from 'node:fs';
import { int, mulberry32, pick, weighted, type Rng } from '../random';

/** A case as the anchor's db.json holds it. */
export interface AnchorCase {
  id: number;
  merchantId: number;
  categoryId: number;
  violationTypeId: number;
  source: string;
  severity: string;
  status: string;
  assigneeId: number | null;
  summary: string;
  openedAt: string;
  dueAt: string;
  version: number;
}

export interface BenchRefs {
  categoryIds: number[];
  violationTypeIds: number[];
  staffIds: number[];
}

export const ANCHOR_SEED = 42;
export const ANCHOR_MERCHANTS = 5000;
const DAY = 86_400_000;
/** openedAt falls in the 365 days after this. */
export const ANCHOR_START = Date.parse('2025-11-25T00:00:00.000Z');
const SOURCES = ['inspection', 'complaint', 'patrol', 'report'] as const;
const STATUS_W = { open: 15, in_review: 10, confirmed: 25, dismissed: 25, penalized: 25 } as const;
const SEVERITY_W = { low: 35, medium: 35, high: 20, critical: 10 } as const;
// biome-ignore format: the anchor's vocabulary, in its order
const ZH = ['假冒', '珠宝', '直播间', '虚假宣传', '质检', '退款', '投诉', '发货延迟', '价格欺诈', '违规引流',
  '描述不符', '翡翠', '鉴定证书', '主播', '售后', '封禁', '罚单', '仓库', '抽检', '材质'];
// biome-ignore format: the anchor's vocabulary, in its order
const EN = ['counterfeit', 'jewelry', 'livestream', 'refund', 'label', 'mismatch', 'delayed', 'shipment', 'fake',
  'certificate', 'price', 'misleading', 'claim', 'jade', 'gold', 'warranty', 'return', 'buyer', 'report', 'seller'];

function summary(rng: Rng): string {
  let s = '';
  let zh = rng() < 0.5;
  while (s.length < 52) {
    s += (s ? ' ' : '') + pick(rng, zh ? ZH : EN);
    zh = !zh;
  }
  return s.slice(0, 64);
}

/** The anchor generator's cases 1..n, draw for draw. */
export function* anchorCases(n: number, seed = ANCHOR_SEED): Generator<AnchorCase> {
  const rng = mulberry32(seed);
  for (let id = 1; id <= n; id++) {
    const openedMs = ANCHOR_START + Math.floor(rng() * 365 * DAY);
    const dueMs = openedMs + int(rng, 1, 14) * DAY + int(rng, 0, DAY - 1);
    yield {
      id,
      merchantId: int(rng, 1, ANCHOR_MERCHANTS),
      categoryId: int(rng, 1, 12),
      violationTypeId: int(rng, 1, 10),
      source: pick(rng, SOURCES),
      severity: weighted(rng, SEVERITY_W),
      status: weighted(rng, STATUS_W),
      assigneeId: rng() < 0.3 ? null : int(rng, 1, 50),
      summary: summary(rng),
      openedAt: new Date(openedMs).toISOString(),
      dueAt: new Date(dueMs).toISOString(),
      version: int(rng, 1, 4),
    };
  }
}

/** The cases of the anchor's data/db.json (the first `n`, when given). */
export function* jsonCases(file: string, n?: number): Generator<AnchorCase> {
  const { cases } = JSON.parse(readFileSync(file, 'utf8')) as { cases: AnchorCase[] };
  yield* n === undefined ? cases : cases.slice(0, n);
}

export const CASE_COLUMNS = [
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
] as const;

/** One case as a row in CASE_COLUMNS order; the columns the anchor lacks are derived without drawing. */
export function caseRow(c: AnchorCase, ref: BenchRefs): unknown[] {
  const at = (k: number, ids: number[], what: string) => {
    const v = ids[(k - 1) % ids.length];
    if (v === undefined) throw new Error(`bench: no ${what} for anchor id ${k}`);
    return v;
  };
  const resolved = c.status === 'confirmed' || c.status === 'dismissed' || c.status === 'penalized';
  const openedMs = Date.parse(c.openedAt);
  const resolvedAt = resolved ? new Date(openedMs + (Date.parse(c.dueAt) - openedMs) / 2).toISOString() : null;
  return [
    c.id,
    c.merchantId,
    at(c.categoryId, ref.categoryIds, 'category'),
    at(c.violationTypeId, ref.violationTypeIds, 'violation type'),
    c.source,
    null,
    c.source === 'inspection' ? `PO${String(c.id).padStart(12, '0')}` : null,
    c.severity,
    c.status,
    c.assigneeId === null ? null : at(c.assigneeId, ref.staffIds, 'assignee'),
    c.summary,
    JSON.stringify([{ kind: 'text', text: `Bench evidence for case ${c.id}: ${c.summary}` }]),
    c.openedAt,
    c.dueAt,
    resolvedAt,
    resolved ? (c.status === 'dismissed' ? 'No violation found.' : 'Violation confirmed.') : null,
    null,
    c.version,
    resolvedAt ?? c.openedAt,
  ];
}
