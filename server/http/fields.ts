/**
 * A resource's JSON fields and what the list contract may do with each. The declaration drives
 * the SELECT list (undeclared columns such as password hashes never leave the database), filter
 * value checks, the sort/filter whitelists and JSON serialization (dates, 0/1 booleans, JSON text).
 */
import { toBoolean, toNumber } from '../db/dialect';
import { toIso } from '../db/time';

export type FieldType = 'integer' | 'number' | 'string' | 'boolean' | 'date' | 'json' | 'enum' | 'idList';

/** Where a field's ids live when they are a relation, not a column: `penaltyCases(penaltyId → caseId)`. */
export interface Through {
  table: string;
  key: string;
  value: string;
  /**
   * One hop further: `value` is a column of `via.table`, joined on its id = `table.<via.on>`
   * (a penalty's violation types: penaltyCases → cases.violationTypeId). Distinct values.
   */
  via?: { table: string; on: string };
}

export interface FieldSpec {
  type: FieldType;
  values?: readonly string[];
  /** Equality / IN filter. */
  filter?: boolean;
  sort?: boolean;
  /** `<field>_gte` / `<field>_lte` filters (dates and numbers). */
  range?: boolean;
  /** Part of the `q` text search. */
  search?: boolean;
  /** Only roles with `readPrivate` on the resource read (and filter or sort by) it. */
  private?: boolean;
  /** An id of another resource: CSV exports show that record's label instead of the id. */
  ref?: { table: string; label: string };
  /** A relation read from a join table (`field.idList`), never a column of this table. */
  through?: Through;
  /** Read with one record only: lists and exports leave it out (e.g. a notice's frozen entries). */
  detail?: boolean;
}

type Options = Omit<FieldSpec, 'type' | 'values' | 'through'>;
export const field = {
  integer: (o: Options = {}): FieldSpec => ({ type: 'integer', ...o }),
  number: (o: Options = {}): FieldSpec => ({ type: 'number', ...o }),
  string: (o: Options = {}): FieldSpec => ({ type: 'string', ...o }),
  boolean: (o: Options = {}): FieldSpec => ({ type: 'boolean', ...o }),
  date: (o: Options = {}): FieldSpec => ({ type: 'date', ...o }),
  json: (o: Pick<Options, 'detail'> = {}): FieldSpec => ({ type: 'json', ...o }),
  enum: (values: readonly string[], o: Options = {}): FieldSpec => ({ type: 'enum', values, ...o }),
  /** Ids kept in a join table, e.g. a penalty's cited cases: read with the record, written by its service. */
  idList: (through: Through): FieldSpec => ({ type: 'idList', through }),
};

/** Reference fields that CSV exports name rather than number. */
export const ref = {
  merchant: { table: 'merchants', label: 'nickname' },
  category: { table: 'categories', label: 'name' },
  violationType: { table: 'violationTypes', label: 'name' },
  warehouse: { table: 'warehouses', label: 'name' },
  user: { table: 'users', label: 'name' },
} as const;

export type Fields = Record<string, FieldSpec>;

/** Why a filter value does not fit its field, or null when it does. Values arrive from JSON. */
export class FilterValueError extends Error {}

/**
 * Text to match: NUL is refused, the same on both databases (SQLite's LIKE stops at a NUL, so a
 * search for "x\0y" matched every row; PostgreSQL cannot store it at all).
 */
export function filterText(value: string): string {
  if (value.includes('\0')) throw new FilterValueError('must not contain NUL characters');
  return value;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
export const MAX_INT = 2_147_483_647;

export function coerceFilterValue(spec: FieldSpec, value: unknown, bound?: 'gte' | 'lte'): unknown {
  if (value === null) return null;
  switch (spec.type) {
    case 'integer':
    case 'number': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      if (!Number.isFinite(n) || (spec.type === 'integer' && !Number.isInteger(n)))
        throw new FilterValueError(`expected ${spec.type === 'integer' ? 'an integer' : 'a number'}`);
      // Integer columns are 32-bit: PostgreSQL rejects a larger parameter outright.
      if (spec.type === 'integer' && Math.abs(n) > MAX_INT) throw new FilterValueError(`out of range (at most ${MAX_INT})`);
      return n;
    }
    case 'boolean':
      if (value === true || value === 'true' || value === 1) return true;
      if (value === false || value === 'false' || value === 0) return false;
      throw new FilterValueError('expected true or false');
    case 'enum':
      if (typeof value !== 'string' || !spec.values!.includes(value)) throw new FilterValueError(`expected one of ${spec.values!.join(', ')}`);
      return value;
    case 'date': {
      if (typeof value !== 'string') throw new FilterValueError('expected an ISO date');
      // A date-only upper bound means "through the end of that day" (UTC).
      const iso = toIso(bound === 'lte' && DATE_ONLY.test(value) ? `${value}T23:59:59.999Z` : value);
      // Years 1–9999 only: both databases store those, and PostgreSQL refuses JavaScript's ±YYYYYY form.
      if (!iso || !/^\d{4}-/.test(iso) || iso.startsWith('0000')) throw new FilterValueError('expected an ISO date');
      return iso;
    }
    case 'string':
      if (typeof value !== 'string' && typeof value !== 'number') throw new FilterValueError('expected a string');
      return filterText(String(value));
    default:
      throw new FilterValueError('cannot filter on this field');
  }
}

/** A database row (already camelCased by Knex) → its JSON form. */
export function serializeRow(fields: Fields, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name in fields) {
    const value = row[name];
    if (value == null) {
      out[name] = null;
      continue;
    }
    switch (fields[name].type) {
      case 'date':
        out[name] = toIso(value);
        break;
      case 'boolean':
        out[name] = toBoolean(value);
        break;
      case 'integer':
      case 'number':
        out[name] = toNumber(value);
        break;
      case 'json':
        out[name] = typeof value === 'string' ? JSON.parse(value) : value;
        break;
      case 'idList':
        out[name] = value;
        break;
      default:
        out[name] = value;
    }
  }
  return out;
}

/** Values for an INSERT/UPDATE: JSON fields as text (both databases accept it), dates as ISO strings. */
export function toColumns(fields: Fields, data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(data)) {
    const spec = fields[name];
    if (!spec || spec.through || value === undefined) continue;
    if (spec.type === 'json' && value !== null) out[name] = JSON.stringify(value);
    else if (spec.type === 'date' && value !== null) out[name] = toIso(value);
    else out[name] = value;
  }
  return out;
}
