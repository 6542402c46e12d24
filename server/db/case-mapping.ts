/** camelCase in JSON and code, snake_case in the database: Knex converts both ways (memoised, it is on every row). */
const toSnakeCache = new Map<string, string>();
const toCamelCache = new Map<string, string>();

export function toSnake(name: string): string {
  let out = toSnakeCache.get(name);
  if (out === undefined) {
    out = name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    toSnakeCache.set(name, out);
  }
  return out;
}

export function toCamel(name: string): string {
  let out = toCamelCache.get(name);
  if (out === undefined) {
    out = name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
    toCamelCache.set(name, out);
  }
  return out;
}

function camelRow(row: unknown): unknown {
  if (row === null || typeof row !== 'object' || row instanceof Date || Array.isArray(row)) return row;
  const out: Record<string, unknown> = {};
  for (const key in row as Record<string, unknown>) out[toCamel(key)] = (row as Record<string, unknown>)[key];
  return out;
}

/** Knex postProcessResponse: rows from builders (arrays or a single row) and pg raw results ({ rows }). */
export function camelizeResult(result: unknown): unknown {
  if (Array.isArray(result)) return result.map(camelRow);
  if (result && typeof result === 'object' && Array.isArray((result as { rows?: unknown }).rows)) {
    const r = result as { rows: unknown[] };
    return { ...r, rows: r.rows.map(camelRow) };
  }
  return camelRow(result);
}
