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
  return {
    schema: z.union([one, z.array(one).max(200)]).transform((v) => (Array.isArray(v) ? v : [v])),
    apply(qb, roots: number[]) {
      qb.whereIn(column, (sub) =>
        sub
          .withRecursive('categoryTree', ['id'], (tree) =>
            tree
              .select('id')
              .from('categories')
              .whereIn('id', roots.length ? roots : [0])
              .unionAll((next) => next.select('c.id').from('categories as c').join('categoryTree', 'c.parentId', 'categoryTree.id')),
          )
          .select('id')
          .from('categoryTree'),
      );
    },
  };
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
