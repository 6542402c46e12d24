/**
 * `q` through a text index, with exactly the answers of the LIKE / ILIKE substring match.
 *
 * SQLite: an FTS5 trigram table per indexed table (`<table>_search`), contentless, kept in sync by
 * triggers. It indexes `lower(text)` — SQLite's lower() folds ASCII only, exactly as LIKE compares —
 * with a case-sensitive tokenizer, so a trigram phrase matches where LIKE does and nowhere else.
 * Terms of three characters or more are a phrase query. Terms of one or two characters (假冒) have
 * no trigram of their own: every indexed text ends in two padding characters, so each character
 * position starts a trigram, and the index's vocabulary (`<table>_search_terms`) lists the
 * trigrams that begin with the term; the query is their OR.
 * PostgreSQL: pg_trgm GIN indexes serve ILIKE for three characters and more; a GIN index over each
 * text's one- and two-character grams (`td_short_grams`, lower-cased as ILIKE compares) serves the
 * shorter terms, which pg_trgm extracts no trigram from. ILIKE itself stays in the query, so the
 * index only ever narrows the rows.
 */
import type { Knex } from 'knex';
import { toSnake } from './case-mapping';
import { dialectOf, type Dialect } from './dialect';

/** Tables whose `q` runs through a text index, and the fields it covers (a resource's `search` fields). */
export const TEXT_INDEXES: Record<string, string[]> = { cases: ['summary', 'orderId'] };

/** Appended to every indexed text: see above. U+001F never occurs in the text people search. */
const PAD = 'char(31, 31)';
/** More trigrams than this begin with a one- or two-character term: a plain scan is as quick. */
const MAX_PREFIX_TERMS = 200;

const quoteFts = (s: string) => `"${s.replace(/"/g, '""')}"`;
const asciiLower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** How `q` is matched on this query: decided before the SQL is built (a short term needs the vocabulary). */
export type TextMatch =
  | { kind: 'like' } // LIKE / ILIKE over the fields (no index, or one that cannot help)
  | { kind: 'fts'; match: string } // SQLite: rowid IN the FTS5 match
  | { kind: 'nothing' } // SQLite: no indexed text contains the term
  | { kind: 'pg' }; // PostgreSQL: ILIKE, with the short-gram index for 1–2 characters

export const hasTextIndex = (table: string, fields: string[]) => Object.hasOwn(TEXT_INDEXES, table) && fields.every((f) => TEXT_INDEXES[table].includes(f));

/** Decides how to match `term` on `table` (reading the index vocabulary for short terms on SQLite). */
export async function planTextMatch(reader: Knex, table: string, fields: string[], term: string): Promise<TextMatch> {
  if (!hasTextIndex(table, fields)) return { kind: 'like' };
  if (dialectOf(reader) === 'pg') return { kind: 'pg' };
  if (term.includes('\u001f')) return { kind: 'like' }; // the padding: only LIKE knows it is not text
  const folded = asciiLower(term);
  const length = [...folded].length;
  if (length >= 3) return { kind: 'fts', match: quoteFts(folded) };
  const terms: { term: string }[] = await reader.raw(`SELECT term FROM ${table}_search_terms WHERE term >= ? AND term < ? LIMIT ?`, [
    folded,
    `${folded}\u{10FFFF}`,
    MAX_PREFIX_TERMS + 1,
  ]);
  if (!terms.length) return { kind: 'nothing' };
  if (terms.length > MAX_PREFIX_TERMS) return { kind: 'like' };
  return { kind: 'fts', match: terms.map((t) => quoteFts(t.term)).join(' OR ') };
}

const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** WHERE (field matches term) OR … for the planned match; columns qualified with `table`. */
export function whereTextMatch(qb: Knex.QueryBuilder, table: string, fields: string[], term: string, match: TextMatch, dialect: Dialect): void {
  switch (match.kind) {
    case 'nothing':
      qb.whereRaw('1 = 0');
      return;
    case 'fts':
      qb.whereRaw(`?? IN (SELECT rowid FROM ${table}_search WHERE ${table}_search MATCH ?)`, [`${table}.id`, match.match]);
      return;
    case 'pg': {
      // Short terms: the gram index narrows (kept apart from ILIKE, so PostgreSQL does not compute the grams again per row).
      if ([...term].length <= 2) {
        qb.where((any) => {
          for (const f of fields) any.orWhereRaw('td_short_grams(??) @> ARRAY[lower(?::text)]', [`${table}.${f}`, term]);
        });
      }
      qb.where((any) => {
        for (const f of fields) any.orWhereRaw("?? ILIKE ? ESCAPE '\\'", [`${table}.${f}`, likePattern(term)]);
      });
      return;
    }
    case 'like': {
      const sql = dialect === 'pg' ? "?? ILIKE ? ESCAPE '\\'" : "?? LIKE ? ESCAPE '\\'";
      qb.where((any) => {
        for (const f of fields) any.orWhereRaw(sql, [`${table}.${f}`, likePattern(term)]);
      });
    }
  }
}

/** A one-table count straight from the FTS index (exact: see above), when `q` is the only condition. */
export function textCountSql(table: string, match: TextMatch): { sql: string; bindings: unknown[] } | null {
  if (match.kind === 'nothing') return { sql: 'SELECT 0 AS total', bindings: [] };
  if (match.kind !== 'fts') return null;
  return { sql: `SELECT count(*) AS total FROM ${table}_search WHERE ${table}_search MATCH ?`, bindings: [match.match] };
}

async function ensurePgTrgm(knex: Knex): Promise<string> {
  const find = async () =>
    (await knex.raw("SELECT extnamespace::regnamespace::text AS ns FROM pg_extension WHERE extname = 'pg_trgm'")).rows[0]?.ns as string | undefined;
  let ns = await find();
  if (!ns) {
    // Once per database, in `public` (test schemas come and go); a concurrent creator may win the race.
    await knex.transaction((sp) => sp.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public')).catch(() => undefined);
    ns = await find();
    if (!ns) throw new Error('the pg_trgm extension is missing and could not be created: run CREATE EXTENSION pg_trgm as a superuser');
  }
  return ns;
}

/** The DDL of a table's text index, both ways, for the migration. */
export async function textIndexSql(knex: Knex, table: string, columns: string[], direction: 'up' | 'down'): Promise<string[]> {
  const cols = columns.map(toSnake);
  if (dialectOf(knex) === 'pg') {
    if (direction === 'down') return cols.flatMap((c) => [`DROP INDEX IF EXISTS ${table}_${c}_trgm`, `DROP INDEX IF EXISTS ${table}_${c}_grams`]);
    const ns = await ensurePgTrgm(knex);
    return [
      `CREATE OR REPLACE FUNCTION td_short_grams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
         SELECT coalesce(array_agg(DISTINCT substr(lower(t), i, n)), '{}')
         FROM generate_series(1, char_length(t)) AS i, (VALUES (1), (2)) AS v(n)
         WHERE i + n - 1 <= char_length(t) $$`,
      ...cols.flatMap((c) => [
        `CREATE INDEX ${table}_${c}_trgm ON ${table} USING gin (${c} "${ns}".gin_trgm_ops)`,
        `CREATE INDEX ${table}_${c}_grams ON ${table} USING gin (td_short_grams(${c}))`,
      ]),
    ];
  }
  const fts = `${table}_search`;
  const values = (row: 'new' | 'old') => cols.map((c) => `lower(coalesce(${row}.${c}, '')) || ${PAD}`).join(', ');
  if (direction === 'down') {
    return [
      ...['insert', 'delete', 'update'].map((t) => `DROP TRIGGER IF EXISTS ${fts}_${t}`),
      `DROP TABLE IF EXISTS ${fts}_terms`,
      `DROP TABLE IF EXISTS ${fts}`,
    ];
  }
  return [
    `CREATE VIRTUAL TABLE ${fts} USING fts5(${cols.join(', ')}, tokenize = 'trigram case_sensitive 1', content = '', contentless_delete = 1)`,
    `CREATE VIRTUAL TABLE ${fts}_terms USING fts5vocab(${fts}, row)`,
    `INSERT INTO ${fts} (rowid, ${cols.join(', ')}) SELECT id, ${cols.map((c) => `lower(coalesce(${c}, '')) || ${PAD}`).join(', ')} FROM ${table}`,
    `CREATE TRIGGER ${fts}_insert AFTER INSERT ON ${table} BEGIN
       INSERT INTO ${fts} (rowid, ${cols.join(', ')}) VALUES (new.id, ${values('new')}); END`,
    `CREATE TRIGGER ${fts}_delete AFTER DELETE ON ${table} BEGIN DELETE FROM ${fts} WHERE rowid = old.id; END`,
    `CREATE TRIGGER ${fts}_update AFTER UPDATE OF ${cols.join(', ')} ON ${table} BEGIN
       DELETE FROM ${fts} WHERE rowid = old.id;
       INSERT INTO ${fts} (rowid, ${cols.join(', ')}) VALUES (new.id, ${values('new')}); END`,
  ];
}
