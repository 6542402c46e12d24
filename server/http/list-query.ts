/**
 * The simple-rest list query (SPEC §3), parsed once for every resource:
 * `sort=["field","ASC"]&range=[0,24]&filter={...}`. Anything not whitelisted is a 400, never SQL.
 */
import type { Knex } from 'knex';
import { z } from 'zod';
import type { Dialect } from '../db';
import { whereTextMatch, type TextMatch } from '../db/text-search';
import { badRequest, fieldError, type FieldErrors } from './errors';
import { coerceFilterValue, FilterValueError, filterText, type Fields } from './fields';
import { BoundedMap } from '../bounded-map';

export const MAX_PAGE_SIZE = 1000;

export interface CustomFilter {
  schema: z.ZodType;
  apply(qb: Knex.QueryBuilder, value: any, ctx: { dialect: Dialect; now: string }): void;
  /**
   * SQLite: the value resolved once from the database (a category subtree's ids), with the change
   * counter it was read at; `apply` then receives the resolved value. Null: nothing to resolve.
   */
  expand?(reader: Knex, value: any): Promise<{ value: unknown; version: number } | null>;
}

export interface ListSpec {
  fields: Fields;
  defaultSort: [string, 'ASC' | 'DESC'];
  customFilters?: Record<string, CustomFilter>;
}

export type Condition =
  | { kind: 'eq'; field: string; value: unknown }
  | { kind: 'in'; field: string; values: unknown[] }
  | { kind: 'range'; field: string; op: '>=' | '<='; value: unknown }
  | { kind: 'search'; fields: string[]; term: string }
  | { kind: 'custom'; name: string; value: unknown };

export interface ListQuery {
  sort: { field: string; order: 'ASC' | 'DESC' };
  range: { start: number; end: number };
  conditions: Condition[];
}

function parseJsonParam(raw: unknown, name: string): unknown {
  if (raw === undefined || raw === '') return undefined;
  const problem = () => badRequest('list.param_json', { name }, { [name]: fieldError('field.format', { format: 'JSON' }) });
  if (typeof raw !== 'string') throw problem();
  try {
    return JSON.parse(raw);
  } catch {
    throw problem();
  }
}

const sortSchema = z.tuple([z.string(), z.string().regex(/^(asc|desc)$/i, 'order must be ASC or DESC')]);
const rangeSchema = z
  .tuple([z.number().int().min(0), z.number().int().min(0)])
  .refine(([a, b]) => b >= a, 'range end must not be before its start')
  .refine(([a, b]) => b - a < MAX_PAGE_SIZE, `at most ${MAX_PAGE_SIZE} rows per page`);

const MAX_PARSED = 1000;
const parsedLists = new WeakMap<ListSpec, Map<string, ListQuery>>();

/** Frozen all the way down: a remembered query is shared by every request that sends the same one. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * The parsed list query, remembered by its raw `sort`, `range` and `filter` text for this spec (the
 * list view of a declaration and role, built once): the SPA and its users ask the same pages again
 * and again, and parsing and validating them is the same work each time. Bad queries are never remembered.
 */
export function parseListQuery(query: Record<string, unknown>, spec: ListSpec): ListQuery {
  const raw = [query.sort, query.range, query.filter];
  if (!raw.every((v) => v === undefined || typeof v === 'string')) return parseFresh(query, spec);
  const key = JSON.stringify(raw);
  let known = parsedLists.get(spec);
  if (!known) {
    known = new BoundedMap(MAX_PARSED);
    parsedLists.set(spec, known);
  }
  let parsed = known.get(key);
  if (!parsed) {
    parsed = deepFreeze(parseFresh(query, spec));
    known.set(key, parsed);
  }
  return parsed;
}

function parseFresh(query: Record<string, unknown>, spec: ListSpec): ListQuery {
  const sortRaw = parseJsonParam(query.sort, 'sort');
  const sort = { field: spec.defaultSort[0], order: spec.defaultSort[1] } as ListQuery['sort'];
  if (sortRaw !== undefined) {
    const parsed = sortSchema.safeParse(sortRaw);
    if (!parsed.success) throw badRequest('list.sort_shape', {}, { sort: { text: parsed.error.issues[0].message, code: 'field.invalid' } });
    const [fieldName, order] = parsed.data;
    if (!(Object.hasOwn(spec.fields, fieldName) && spec.fields[fieldName].sort) && fieldName !== 'id') {
      throw badRequest('list.cannot_sort', { field: fieldName }, { sort: { text: `unknown or unsortable field ${fieldName}`, code: 'field.unknown' } });
    }
    Object.assign(sort, { field: fieldName, order: order.toUpperCase() });
  }

  const rangeRaw = parseJsonParam(query.range, 'range');
  let range = { start: 0, end: 24 };
  if (rangeRaw !== undefined) {
    const parsed = rangeSchema.safeParse(rangeRaw);
    if (!parsed.success)
      throw badRequest('list.range_shape', { max: MAX_PAGE_SIZE }, { range: { text: parsed.error.issues[0].message, code: 'field.invalid' } });
    range = { start: parsed.data[0], end: parsed.data[1] };
  }

  const filterRaw = parseJsonParam(query.filter, 'filter') ?? {};
  if (typeof filterRaw !== 'object' || filterRaw === null || Array.isArray(filterRaw)) {
    throw badRequest('list.filter_shape', {}, { filter: { text: 'must be an object', code: 'field.invalid' } });
  }
  const conditions = parseFilter(filterRaw as Record<string, unknown>, spec);
  // getMany sends only `filter={"id":[…]}`: answer every id asked for, not a first page of them.
  const ids = conditions.find((c) => c.kind === 'in' && c.field === 'id');
  if (rangeRaw === undefined && ids?.kind === 'in' && ids.values.length) range = { start: 0, end: ids.values.length - 1 };
  return { sort, range, conditions };
}

function parseFilter(filter: Record<string, unknown>, spec: ListSpec): Condition[] {
  const conditions: Condition[] = [];
  const errors: FieldErrors = {};
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === '') continue; // react-admin sends emptied inputs
    try {
      conditions.push(parseCondition(key, value, spec));
    } catch (err) {
      if (!(err instanceof FilterValueError)) throw err;
      errors[`filter.${key}`] = { text: err.message, code: 'field.invalid' };
    }
  }
  if (Object.keys(errors).length) {
    const [key, why] = Object.entries(errors)[0];
    throw badRequest('list.bad_filter', { field: key.slice('filter.'.length), why: why.text }, errors);
  }
  return conditions;
}

function parseCondition(key: string, value: unknown, spec: ListSpec): Condition {
  // Own keys only: a filter named `constructor` or `__proto__` must not reach Object.prototype.
  const custom = spec.customFilters && Object.hasOwn(spec.customFilters, key) ? spec.customFilters[key] : undefined;
  if (custom) {
    const parsed = custom.schema.safeParse(value);
    if (!parsed.success) throw new FilterValueError(parsed.error.issues[0].message);
    return { kind: 'custom', name: key, value: parsed.data };
  }
  if (key === 'q') {
    if (typeof value !== 'string') throw new FilterValueError('expected a string');
    const fields = Object.keys(spec.fields).filter((f) => spec.fields[f].search);
    if (!fields.length) throw new FilterValueError('this resource has no text search');
    return { kind: 'search', fields, term: filterText(value).trim() };
  }
  const bound = /^(.+)_(gte|lte)$/.exec(key);
  if (bound && spec.fields[bound[1]]?.range) {
    const fieldSpec = spec.fields[bound[1]];
    const op = bound[2] === 'gte' ? '>=' : '<=';
    return { kind: 'range', field: bound[1], op, value: coerceFilterValue(fieldSpec, value, bound[2] as 'gte' | 'lte') };
  }
  const fieldSpec = Object.hasOwn(spec.fields, key) ? spec.fields[key] : undefined;
  if (!fieldSpec || !(fieldSpec.filter || key === 'id')) throw new FilterValueError('unknown filter field');
  if (Array.isArray(value)) {
    if (value.length > MAX_PAGE_SIZE) throw new FilterValueError(`at most ${MAX_PAGE_SIZE} values`);
    return { kind: 'in', field: key, values: value.map((v) => coerceFilterValue(fieldSpec, v)) };
  }
  return { kind: 'eq', field: key, value: coerceFilterValue(fieldSpec, value) };
}

/** WHERE clauses for the parsed conditions; `table` qualifies columns when the query joins. */
export function applyConditions(
  qb: Knex.QueryBuilder,
  conditions: Condition[],
  spec: ListSpec,
  ctx: { dialect: Dialect; now: string; table: string; textMatch?: TextMatch },
) {
  const col = (f: string) => `${ctx.table}.${f}`;
  for (const c of conditions) {
    switch (c.kind) {
      case 'eq':
        c.value === null ? qb.whereNull(col(c.field)) : qb.where(col(c.field), c.value as Knex.Value);
        break;
      case 'in':
        c.values.length ? qb.whereIn(col(c.field), c.values as Knex.Value[]) : qb.whereRaw('1 = 0');
        break;
      case 'range':
        qb.where(col(c.field), c.op, c.value as Knex.Value);
        break;
      case 'search':
        if (c.term) whereTextMatch(qb, ctx.table, c.fields, c.term, ctx.textMatch ?? { kind: 'like' }, ctx.dialect);
        break;
      case 'custom':
        spec.customFilters![c.name].apply(qb, c.value, ctx);
        break;
    }
  }
}
