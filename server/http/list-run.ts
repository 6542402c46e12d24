/**
 * One list page and its total, as cheaply as the database allows (issue 12):
 * - the SQL of a list request is built once: the same request (same actor's scope, filters, sort
 *   and range) runs the compiled statements again — unless they depend on the clock;
 * - the total comes from the count cache (server/db/count-cache.ts), or straight from the text
 *   index when `q` is the only condition;
 * - `q` is matched through the text index (server/db/text-search.ts); when the term is common, the
 *   page walks the sort's index and tests each row instead, stopping after the page — reading every
 *   match out of the index and sorting them would cost more than the few rows it looks at.
 */
import type { Knex } from 'knex';
import type { Database } from '../db';
import { CountCache } from '../db/count-cache';
import { nullableColumns, orderBy } from '../db/dialect';
import { planTextMatch, textCountSql, type TextMatch } from '../db/text-search';
import type { Actor } from './context';
import { applyConditions, type Condition, type ListQuery, type ListSpec } from './list-query';
import { jsonRows, selectColumns, type JsonRows, type RecordShape } from './shape';
import { BoundedMap } from '../bounded-map';

/** Rows a page may test one by one, in sort order, before the index match is the better plan (tests move it to try both plans). */
export const listTuning = { defaultScanBudget: 20_000, scanBudget: 20_000 };
const MAX_COMPILED = 1000;

export interface ListSource {
  table: string;
  scope?: (qb: Knex.QueryBuilder, actor: Actor) => void;
}

interface Statement {
  sql: string;
  bindings: readonly unknown[];
}

export interface PlannedList {
  /** The sorted page query (no range) as a builder, for the CSV export. */
  page(): Knex.QueryBuilder;
  /** The page of the request's range, with `match` for `q` (default: the planned one). */
  pageSql(match?: TextMatch): Statement;
  countSql(): Statement;
  textMatch?: TextMatch;
  /** SQLite: the change counter a resolved filter value was read at; the page must see the same. */
  validAt?: number;
  /** Forgets the resolved filter values (they were stale). */
  forget(): void;
  /** SQLite: the page's rows come back as JSON text (`rowJson`, shape.ts `jsonPage`), read with this. */
  json?: JsonRows;
}

type Compiled = Map<string, Statement>;
const compiledLists = new BoundedMap<string, Compiled>(MAX_COMPILED);
const expansions = new BoundedMap<string, { value: unknown; version: number }>(MAX_COMPILED);

/**
 * SQLite: custom filter values resolved once (a category's subtree to its ids, so the queue's
 * index serves `category_id IN (…)` instead of a recursive query per page), remembered with the
 * change counter they were read at. Every value must have been read at the same counter.
 */
async function expandConditions(db: Database, table: string, spec: ListSpec, conditions: Condition[]) {
  const used: string[] = [];
  const versions = new Set<number>();
  const expanded = await Promise.all(
    conditions.map(async (c) => {
      const filter = c.kind === 'custom' ? spec.customFilters?.[c.name] : undefined;
      if (c.kind !== 'custom' || !filter?.expand) return c;
      const key = `${table}:${c.name}:${JSON.stringify(c.value)}`;
      let hit = expansions.get(key);
      if (!hit) {
        const fresh = await filter.expand(db.reader, c.value);
        if (!fresh) return c;
        expansions.set(key, fresh);
        hit = fresh;
      }
      used.push(key);
      versions.add(hit.version);
      return { ...c, value: hit.value };
    }),
  );
  const forget = () => {
    for (const key of used) expansions.delete(key);
  };
  if (versions.size > 1) {
    forget();
    return { conditions, validAt: undefined, forget };
  }
  return { conditions: expanded, validAt: versions.size ? [...versions][0] : undefined, forget };
}

export async function planList(
  db: Database,
  def: ListSource,
  shape: RecordShape,
  spec: ListSpec,
  parsed: ListQuery,
  actor: Actor,
  now: Date,
  opts: { expand?: boolean; json?: boolean } = {},
): Promise<PlannedList> {
  const search = parsed.conditions.find((c) => c.kind === 'search');
  const textMatch = search?.kind === 'search' && search.term ? await planTextMatch(db.reader, def.table, search.fields, search.term) : undefined;
  // Resolved values are checked in the page's own statement, which the text-index plan does not read them with.
  const expansion =
    opts.expand && db.dialect === 'sqlite' && textMatch?.kind !== 'fts'
      ? await expandConditions(db, def.table, spec, parsed.conditions)
      : { conditions: parsed.conditions, validAt: undefined, forget: () => {} };
  const query = { ...parsed, conditions: expansion.conditions };
  const nowIso = now.toISOString();
  const nullable = await nullableColumns(db.reader, def.table);
  const where = (qb: Knex.QueryBuilder, match: TextMatch | undefined) => {
    applyConditions(qb, query.conditions, spec, { dialect: db.dialect, now: nowIso, table: def.table, textMatch: match });
    def.scope?.(qb, actor);
    return qb;
  };
  const json = opts.json && db.dialect === 'sqlite' ? (jsonRows(shape) ?? undefined) : undefined;
  const page = (match = textMatch, asJson?: JsonRows) => {
    const qb = where(asJson ? db.reader(def.table).select(db.reader.raw(asJson.select)) : db.reader(def.table).select(selectColumns(shape)), match);
    orderBy(qb, `${def.table}.${query.sort.field}`, query.sort.order, db.dialect, nullable.has(query.sort.field) || db.dialect === 'sqlite');
    if (query.sort.field !== 'id') qb.orderBy(`${def.table}.id`, query.sort.order.toLowerCase() as 'asc' | 'desc');
    return qb;
  };
  // The request's statements, compiled once: the role decides the columns, the actor the scope.
  const key = JSON.stringify([def.table, actor.id, actor.role, actor.warehouseId, query, textMatch]);
  let compiled = compiledLists.get(key);
  const remember = (name: string, build: () => Knex.QueryBuilder): Statement => {
    const hit = compiled?.get(name);
    if (hit) return hit;
    const { sql, bindings } = build().toSQL();
    const statement = { sql, bindings: bindings as readonly unknown[] };
    // A statement that depends on the clock (an overdue filter) is built for each request.
    if (statement.bindings.includes(nowIso)) return statement;
    if (!compiled) {
      compiled = new Map();
      compiledLists.set(key, compiled);
    }
    compiled.set(name, statement);
    return statement;
  };
  const { start, end } = query.range;
  return {
    page: () => page(),
    pageSql: (match = textMatch) =>
      remember(`page:${match?.kind}:${!!json}`, () =>
        page(match, json)
          .offset(start)
          .limit(end - start + 1),
      ),
    countSql: () => remember('count', () => where(db.reader(def.table).count({ total: '*' }), textMatch)),
    textMatch,
    validAt: expansion.validAt,
    forget: expansion.forget,
    json,
  };
}

async function rowsOf(db: Database, statement: Statement): Promise<Record<string, unknown>[]> {
  const result = await db.reader.raw(statement.sql, statement.bindings as Knex.Value[]);
  return Array.isArray(result) ? result : result.rows;
}

/** The rows of the requested range and the total; null when a resolved filter value turned out stale (plan again without). */
export async function listRows(
  db: Database,
  list: PlannedList,
  table: string,
  query: ListQuery,
): Promise<{ rows: Record<string, unknown>[]; total: number } | null> {
  const { end } = query.range;
  const onlyText = query.conditions.length === 1 && list.textMatch ? textCountSql(table, list.textMatch) : null;
  const counted = onlyText ?? list.countSql();
  const counting = () => db.counts.countSql(counted.sql, counted.bindings);
  if (list.textMatch?.kind !== 'fts') {
    const page = list.pageSql();
    const known = db.counts.remembered(counted.sql, counted.bindings);
    if (known || list.validAt !== undefined) {
      // One statement: the page and the change counter, from one snapshot; what was remembered holds if the counter has not moved.
      const rows = await rowsOf(db, { sql: CountCache.withChangeCounter(page.sql), bindings: page.bindings });
      const counter = rows[0]?.changeCounter;
      if (list.validAt !== undefined && counter !== list.validAt) {
        list.forget();
        return null;
      }
      return { rows, total: known && counter === known.version ? known.total : await counting() };
    }
    const [rows, total] = await Promise.all([rowsOf(db, page), counting()]);
    return { rows, total };
  }
  // A term in many rows: walking the sort order finds the page in a few rows, so ask LIKE instead.
  const all = db.reader(table).count({ total: '*' }).toSQL();
  const [total, everything] = await Promise.all([counting(), db.counts.countSql(all.sql, all.bindings as readonly unknown[])]);
  const plain = total > 0 && ((end + 1) * everything) / total <= listTuning.scanBudget;
  const rows = total === 0 ? [] : await rowsOf(db, list.pageSql(plain ? { kind: 'like' } : list.textMatch));
  return { rows, total };
}
