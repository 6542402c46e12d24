/**
 * SQLite: a list page's rows as JSON text, built by the database (`json_object`), so that the
 * server neither turns each row's columns into JavaScript values nor serializes them again — on a
 * 25-row page of cases that was most of a list request's CPU. The text is exactly what the record
 * serializer (server/http/fields.ts `serializeRow`) and `JSON.stringify` would write:
 * - numbers are integers (SQLite prints them as JavaScript does); text is escaped the same way;
 * - dates are the canonical ISO text every writer stores (db/time.ts); booleans 0/1 → false/true;
 * - JSON columns hold `JSON.stringify`'s text (every writer goes through `toColumns` or
 *   `JSON.stringify`), which `json()` hands back unchanged, minified.
 * Each row also says whether its values are all in those stored forms (`row_plain`); a page with a
 * row that is not (a date written some other way) is read again the ordinary way.
 */
import { toSnake } from './case-mapping';

/** How a column is written into the row's JSON. */
export type JsonColumnKind = 'integer' | 'text' | 'date' | 'boolean' | 'json';

export interface JsonColumn {
  /** The JSON key (camelCase field name). */
  key: string;
  /** The column of the table (camelCase; snake-cased here). */
  column: string;
  kind: JsonColumnKind;
}

const CANONICAL_DATE = "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'";
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function value(col: string, kind: JsonColumnKind): string {
  switch (kind) {
    case 'boolean':
      return `json(CASE WHEN ${col} IS NULL THEN 'null' WHEN ${col} = 1 THEN 'true' ELSE 'false' END)`;
    case 'json':
      return `json(${col})`;
    default:
      return col;
  }
}

function plain(col: string, kind: JsonColumnKind): string {
  switch (kind) {
    case 'integer':
    case 'boolean':
      return `typeof(${col}) IN ('integer', 'null')`;
    case 'date':
      return `(${col} IS NULL OR ${col} GLOB ${CANONICAL_DATE})`;
    default:
      return `typeof(${col}) IN ('text', 'null')`;
  }
}

/**
 * The SELECT list of a page whose rows come back as `row_json` (the record's JSON text) and
 * `row_plain` (1 when every value is in its stored form), plus the `extra` columns as themselves.
 */
export function sqliteJsonSelect(table: string, columns: readonly JsonColumn[], extra: readonly string[] = []): string {
  for (const name of [table, ...columns.flatMap((c) => [c.key, c.column]), ...extra]) {
    if (!IDENTIFIER.test(name)) throw new Error(`not a plain identifier: ${name}`);
  }
  const ref = (column: string) => `\`${toSnake(table)}\`.\`${toSnake(column)}\``;
  const object = columns.map((c) => `'${c.key}', ${value(ref(c.column), c.kind)}`).join(', ');
  const checks = columns.map((c) => plain(ref(c.column), c.kind)).join(' AND ');
  return [`json_object(${object}) AS row_json`, `(${checks}) AS row_plain`, ...extra.map(ref)].join(', ');
}
