/**
 * A record's shape: its table, JSON fields and read-time additions. Services read records through
 * these helpers (inside their transaction), the resource layer lists them; both serialize the same way.
 */
import type { Knex } from 'knex';
import { sqliteJsonSelect, type JsonColumn, type JsonColumnKind } from '../db/json-rows';
import { notFound } from './errors';
import { serializeRow, type Fields, type FieldType } from './fields';

export type JsonRecord = Record<string, unknown>;

export interface RecordShape {
  /** URL segment and role-table key, e.g. `violation-types`. */
  name: string;
  /** Table name (camelCase is fine: Knex snake-cases identifiers). */
  table: string;
  /** Human name for messages, e.g. `Case`. */
  label: string;
  fields: Fields;
  /** Read-time fields derived from the serialized row (e.g. a case's `overdue`). */
  computed?: (record: JsonRecord, now: Date) => JsonRecord;
  /**
   * The fields `computed` reads: with them declared (and its keys not fields of the record), list
   * pages on SQLite are built as JSON text by the database and `computed` adds to that text.
   */
  computedFrom?: readonly string[];
}

/** Columns of the table itself: relation fields (`field.idList`) are loaded separately. */
export function ownColumns(shape: Pick<RecordShape, 'fields'>): string[] {
  return Object.keys(shape.fields).filter((f) => !shape.fields[f].through);
}

export function selectColumns(shape: Pick<RecordShape, 'fields' | 'table'>): string[] {
  return ownColumns(shape).map((f) => `${shape.table}.${f}`);
}

/**
 * Fills `field.idList` relations for a page of rows with one query each (e.g. a penalty's
 * `caseIds` from the `penaltyCases` join table), in id order.
 */
async function loadRelations(knex: Knex, shape: Pick<RecordShape, 'fields'>, rows: JsonRecord[]): Promise<void> {
  for (const [name, spec] of Object.entries(shape.fields)) {
    if (!spec.through || !rows.length) continue;
    const { table, key, value, via } = spec.through;
    const ids = rows.map((r) => r.id as number);
    const links: JsonRecord[] = [];
    const [owner, target] = [`${table}.${key}`, `${via?.table ?? table}.${value}`];
    // Chunked: SQLite caps bound parameters per statement.
    for (let i = 0; i < ids.length; i += 500) {
      const qb = knex(table).whereIn(owner, ids.slice(i, i + 500));
      if (via) qb.join(via.table, `${via.table}.id`, `${table}.${via.on}`).distinct(owner, target);
      else qb.select(owner, target);
      links.push(...(await qb.orderBy([owner, target])));
    }
    const byOwner = new Map<number, number[]>();
    for (const link of links) {
      const owner = Number(link[key]);
      byOwner.set(owner, [...(byOwner.get(owner) ?? []), Number(link[value])]);
    }
    for (const row of rows) row[name] = byOwner.get(Number(row.id)) ?? [];
  }
}

export function toRecord(shape: Pick<RecordShape, 'fields' | 'computed'>, row: JsonRecord, now = new Date()): JsonRecord {
  const record = serializeRow(shape.fields, row);
  return shape.computed ? Object.assign(record, shape.computed(record, now)) : record;
}

/** Rows of a query → records, relations included. */
export async function toRecords(knex: Knex, shape: Pick<RecordShape, 'fields' | 'computed'>, rows: JsonRecord[], now = new Date()): Promise<JsonRecord[]> {
  await loadRelations(knex, shape, rows);
  return rows.map((row) => toRecord(shape, row, now));
}

const JSON_KINDS: Partial<Record<FieldType, JsonColumnKind>> = {
  integer: 'integer',
  string: 'text',
  enum: 'text',
  date: 'date',
  boolean: 'boolean',
  json: 'json',
};

/** How a shape's list rows are read as JSON text (SQLite), or null when one of its fields cannot be (relations, non-integer numbers). */
export interface JsonRows {
  select: string;
  /** The fields `computed` reads, serialized as the record would show them. */
  computedFields: Fields;
}

const jsonRowsOf = new WeakMap<Fields, JsonRows | null>();

export function jsonRows(shape: Pick<RecordShape, 'table' | 'fields' | 'computed' | 'computedFrom'>): JsonRows | null {
  let plan = jsonRowsOf.get(shape.fields);
  if (plan !== undefined) return plan;
  const columns: JsonColumn[] = [];
  for (const [name, spec] of Object.entries(shape.fields)) {
    const kind = spec.through ? undefined : JSON_KINDS[spec.type];
    if (kind) columns.push({ key: name, column: name, kind });
  }
  const from = shape.computedFrom ?? [];
  const usable = columns.length === Object.keys(shape.fields).length && (!shape.computed || (shape.computedFrom && from.every((f) => shape.fields[f])));
  plan = usable ? { select: sqliteJsonSelect(shape.table, columns, from), computedFields: Object.fromEntries(from.map((f) => [f, shape.fields[f]])) } : null;
  jsonRowsOf.set(shape.fields, plan);
  return plan;
}

/**
 * The JSON array of a page read with `jsonRows`' select: each row's text, with the computed fields
 * added at the end as `toRecord` adds them. Null when a row holds a value not in its stored form
 * (read the page the ordinary way) or the rows were not read as JSON.
 */
export function jsonPage(shape: Pick<RecordShape, 'table' | 'fields' | 'computed' | 'computedFrom'>, rows: JsonRecord[], now: Date): string | null {
  const plan = jsonRows(shape);
  if (!plan) return null;
  const parts: string[] = [];
  for (const row of rows) {
    if (row.rowPlain !== 1 || typeof row.rowJson !== 'string') return null;
    if (!shape.computed) {
      parts.push(row.rowJson);
      continue;
    }
    let added = '';
    for (const [key, value] of Object.entries(shape.computed(serializeRow(plan.computedFields, row), now))) {
      // A computed key that is also a field replaces it in place, which appending cannot do.
      if (Object.hasOwn(shape.fields, key)) return null;
      const text = JSON.stringify(value);
      if (text !== undefined) added += `,${JSON.stringify(key)}:${text}`;
    }
    parts.push(added ? `${row.rowJson.slice(0, -1)}${added}}` : row.rowJson);
  }
  return `[${parts.join(',')}]`;
}

/** One record as JSON, read with `knex` (pass the transaction inside a workflow). */
async function findRecord(knex: Knex, shape: RecordShape, id: number | string): Promise<JsonRecord | null> {
  const row = await knex(shape.table).select(selectColumns(shape)).where(`${shape.table}.id`, id).first();
  return row ? (await toRecords(knex, shape, [row]))[0] : null;
}

export async function getRecord<T = JsonRecord>(knex: Knex, shape: RecordShape, id: number | string): Promise<T & JsonRecord> {
  const record = await findRecord(knex, shape, id);
  if (!record) throw notFound(shape.label, id);
  return record as T & JsonRecord;
}
