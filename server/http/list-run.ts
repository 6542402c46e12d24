/**
 * One list page and its total, as cheaply as the database allows (issue 12):
 * - the total comes from the count cache (server/db/count-cache.ts), or straight from the text
 *   index when `q` is the only condition;
 * - `q` is matched through the text index (server/db/text-search.ts); when the term is common, the
 *   page walks the sort's index and tests each row instead, stopping after the page — reading every
 *   match out of the index and sorting them would cost more than the few rows it looks at.
 */
import type { Knex } from 'knex';
import type { Database } from '../db';
import { orderBy } from '../db/dialect';
import { countTextMatch, planTextMatch, type TextMatch } from '../db/text-search';
import type { Actor } from './context';
import { applyConditions, type ListQuery, type ListSpec } from './list-query';
import { selectColumns, type RecordShape } from './shape';

/** Rows a page may test one by one, in sort order, before the index match is the better plan. */
const SCAN_BUDGET = 20_000;

export interface ListSource {
  table: string;
  scope?: (qb: Knex.QueryBuilder, actor: Actor) => void;
}

export interface PlannedList {
  /** The WHERE of this list (conditions and scope) on a query of `knex`. */
  where(qb: Knex.QueryBuilder, textMatch?: TextMatch): Knex.QueryBuilder;
  /** The sorted page query (no range), for a page or the CSV export. */
  page(textMatch?: TextMatch): Knex.QueryBuilder;
  textMatch?: TextMatch;
}

export async function planList(
  db: Database,
  def: ListSource,
  shape: RecordShape,
  spec: ListSpec,
  query: ListQuery,
  actor: Actor,
  now: Date,
): Promise<PlannedList> {
  const search = query.conditions.find((c) => c.kind === 'search');
  const textMatch = search?.kind === 'search' && search.term ? await planTextMatch(db.reader, def.table, search.fields, search.term) : undefined;
  const columns = selectColumns(shape);
  const where = (qb: Knex.QueryBuilder, match = textMatch) => {
    applyConditions(qb, query.conditions, spec, { dialect: db.dialect, now: now.toISOString(), table: def.table, textMatch: match });
    def.scope?.(qb, actor);
    return qb;
  };
  const page = (match = textMatch) => {
    const qb = where(db.reader(def.table).select(columns), match);
    orderBy(qb, `${def.table}.${query.sort.field}`, query.sort.order, db.dialect);
    if (query.sort.field !== 'id') qb.orderBy(`${def.table}.id`, query.sort.order.toLowerCase() as 'asc' | 'desc');
    return qb;
  };
  return { where, page, textMatch };
}

/** The rows of the requested range and the total. */
export async function listRows(db: Database, list: PlannedList, table: string, query: ListQuery): Promise<{ rows: Record<string, unknown>[]; total: number }> {
  const { start, end } = query.range;
  const limit = end - start + 1;
  const onlyText = query.conditions.length === 1 && list.textMatch;
  const counting = () =>
    onlyText
      ? countTextMatch(db.reader, table, list.textMatch!).then((n) => n ?? db.counts.count(list.where(db.reader(table).count({ total: '*' }))))
      : db.counts.count(list.where(db.reader(table).count({ total: '*' })));
  if (list.textMatch?.kind !== 'fts') {
    const [rows, total] = await Promise.all([list.page().offset(start).limit(limit), counting()]);
    return { rows, total };
  }
  // A term in many rows: walking the sort order finds the page in a few rows, so ask LIKE instead.
  const [total, all] = await Promise.all([counting(), db.counts.count(db.reader(table).count({ total: '*' }))]);
  const plain = total > 0 && ((start + limit) * all) / total <= SCAN_BUDGET;
  const rows =
    total === 0
      ? []
      : await list
          .page(plain ? { kind: 'like' } : list.textMatch)
          .offset(start)
          .limit(limit);
  return { rows, total };
}
