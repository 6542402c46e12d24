/**
 * The metrics query string (SPEC §5), checked before any figure is read: an inclusive date range
 * that fits its bucket, a known bucket, ids that exist, and an inspector kept to their warehouse.
 * Every refusal is a 400 (403 for another warehouse) naming the parameter.
 */
import type { Knex } from 'knex';
import { defaultRange, MAX_BUCKETS, rangeProblem, type MetricBucket } from '../../domain/metrics';
import type { MessageCode, MessageParams } from '../../domain/messages';
import { warehouseScope } from '../../domain/inspections';
import type { Actor } from '../http/context';
import { badRequest, fieldError, forbidden } from '../http/errors';
import { MAX_INT } from '../http/fields';

type Query = Record<string, unknown>;

const refuse = (field: string, code: MessageCode, params: MessageParams = {}) => badRequest(code, params, { [field]: fieldError(code, params) });

/** One value of a parameter: a repeated one (`?from=a&from=b`) is refused rather than guessed at. */
function single(query: Query, name: string): string | undefined {
  const v = query[name];
  if (v === undefined || v === '') return undefined;
  if (typeof v !== 'string') throw refuse(name, 'metrics.bad_date', { field: name, value: String(v) });
  return v.trim();
}

export function parseFormat(query: Query): 'json' | 'csv' {
  const format = query.format === undefined ? 'json' : String(query.format);
  if (format !== 'json' && format !== 'csv') throw refuse('format', 'metrics.bad_format', { value: format });
  return format;
}

function parseId(query: Query, name: string): number | null {
  const raw = query[name];
  if (raw === undefined || raw === '') return null;
  const text = String(raw);
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > MAX_INT) throw refuse(name, 'metrics.bad_id', { field: name, value: text });
  return Number(text);
}

export interface MetricRange {
  from: string;
  to: string;
  bucket: MetricBucket;
}

/**
 * `from`, `to` (inclusive ISO dates) and `bucket` among `allowed`. A missing `to` is today; a
 * missing `from` starts the bucket's default window before `to` (30 days, 13 weeks, 12 months).
 */
export function parseRange(query: Query, allowed: readonly MetricBucket[], today: string): MetricRange {
  const rawBucket = query.bucket === undefined ? 'day' : String(query.bucket);
  if (!(allowed as readonly string[]).includes(rawBucket)) throw refuse('bucket', 'metrics.bad_bucket', { options: [...allowed], value: rawBucket });
  const bucket = rawBucket as MetricBucket;
  const to = single(query, 'to') ?? today;
  if (rangeProblem(to, to, 'day')) throw refuse('to', 'metrics.bad_date', { field: 'to', value: to });
  const from = single(query, 'from') ?? defaultRange(to, bucket).from;
  const problem = rangeProblem(from, to, bucket);
  if (problem === 'bad_date') throw refuse('from', 'metrics.bad_date', { field: 'from', value: from });
  if (problem === 'inverted') throw refuse('to', 'metrics.inverted', { from, to });
  if (problem === 'too_long') throw refuse('to', 'metrics.too_long', { bucket, max: MAX_BUCKETS[bucket] });
  return { from, to, bucket };
}

/** `since` for the headline figures: a valid date, not in the future; without one, where the metrics page's default range starts. */
export function parseSince(query: Query, today: string): string {
  const since = single(query, 'since') ?? defaultRange(today, 'week').from;
  if (rangeProblem(since, since, 'day')) throw refuse('since', 'metrics.bad_date', { field: 'since', value: since });
  if (since > today) throw refuse('since', 'metrics.since_future', { since });
  return since;
}

/**
 * The warehouses an actor reads: the one asked for (it must exist), or all; an inspector reads
 * their own — without `warehouseId` that is the default, another warehouse is a 403.
 */
export async function parseWarehouse(knex: Knex, query: Query, actor: Actor): Promise<number | null> {
  const asked = parseId(query, 'warehouseId');
  const scope = warehouseScope(actor);
  if (asked != null && !(await knex('warehouses').where({ id: asked }).first('id'))) throw refuse('warehouseId', 'metrics.unknown_warehouse', { id: asked });
  if (scope === null) return asked;
  if (scope === 'none' || (asked != null && asked !== scope)) throw forbidden('metrics.own_warehouse', { own: scope === 'none' ? '-' : scope });
  return scope;
}

/** The category asked for with everything below it (ids), or null for all; an unknown one is a 400. */
export async function parseCategory(knex: Knex, query: Query): Promise<{ id: number; tree: number[] } | null> {
  const id = parseId(query, 'categoryId');
  if (id == null) return null;
  const all: { id: number; parentId: number | null }[] = await knex('categories').select('id', 'parentId');
  if (!all.some((c) => c.id === id)) throw refuse('categoryId', 'metrics.unknown_category', { id });
  const tree = [id];
  for (let i = 0; i < tree.length; i++) for (const c of all) if (c.parentId === tree[i] && !tree.includes(c.id)) tree.push(c.id);
  return { id, tree };
}
