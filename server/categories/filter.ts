import type { Knex } from 'knex';
import { z } from 'zod';
import { MAX_INT } from '../http/fields';
import type { CustomFilter } from '../http/list-query';

/**
 * `categoryId` as people mean it: the category and everything below it, so filtering by
 * "Jewelry & jade" finds the records of its subcategories too (a recursive query over the small
 * categories table; an array of ids means any of them).
 */
export function inCategory(column: string): CustomFilter {
  const one = z.coerce.number().int().positive().max(MAX_INT);
  const subtree = (sub: Knex.QueryBuilder, roots: number[]) =>
    sub
      .withRecursive('categoryTree', ['id'], (tree) =>
        tree
          .select('id')
          .from('categories')
          .whereIn('id', roots.length ? roots : [0])
          .unionAll((next) => next.select('c.id').from('categories as c').join('categoryTree', 'c.parentId', 'categoryTree.id')),
      )
      .select('id')
      .from('categoryTree');
  return {
    schema: z.union([one, z.array(one).max(200)]).transform((v) => (Array.isArray(v) ? v : [v])),
    apply(qb, value: number[] | Expanded) {
      if (Array.isArray(value)) qb.whereIn(column, (sub) => subtree(sub, value));
      else qb.whereIn(column, value.ids.length ? value.ids : [0]);
    },
    // SQLite: the subtree's ids, read once with the change counter; the list checks the counter in its page's statement.
    async expand(reader, roots: number[]) {
      const rows = (await reader
        .select(reader.raw('(SELECT n FROM data_changes) AS version'), 'id')
        .from('categories')
        .whereIn('id', (sub) => subtree(sub, roots))) as { version: number; id: number }[];
      const version = rows[0]?.version;
      return version == null ? null : { value: { ids: rows.map((r) => Number(r.id)).sort((a, b) => a - b) } satisfies Expanded, version };
    },
  };
}

/** A subtree already resolved to its ids. */
interface Expanded {
  ids: number[];
}

/** `categoryId` of a related record: rows whose `column` points at a `table` row in the category tree. */
export function inCategoryOf(column: string, table: string): CustomFilter {
  const tree = inCategory(`${table}.categoryId`);
  return {
    schema: tree.schema,
    apply(qb, categoryIds: number[], ctx) {
      qb.whereIn(column, (sub) => {
        tree.apply(sub.select('id').from(table), categoryIds, ctx);
      });
    },
  };
}
