/**
 * A record's shape: its table, JSON fields and read-time additions. Services read records through
 * these helpers (inside their transaction), the resource layer lists them; both serialize the same way.
 */
import type { Knex } from 'knex';
import { notFound } from './errors';
import { serializeRow, type Fields } from './fields';

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
