import { z } from 'zod';
import { crud } from '../http/crud';
import type { RequestContext } from '../http/context';
import { badRequest } from '../http/errors';
import { field } from '../http/fields';
import type { ResourceDefinition } from '../http/resource';
import { code, name, optionalId } from '../http/schemas';

const editable = z.object({ name: name(), nameZh: name(), parentId: optionalId });
const handlers = crud(() => categories, { create: editable.extend({ code }), update: editable });

/** A category may not sit under itself, directly or through its parents. */
async function assertNoCycle(ctx: RequestContext, id: number, parentId: unknown) {
  for (let at = typeof parentId === 'number' ? parentId : null, depth = 0; at != null && depth < 50; depth++) {
    if (at === id) throw badRequest('A category cannot be placed under itself or one of its subcategories', { parentId: 'would make a loop' });
    at = (await ctx.db.knex('categories').where({ id: at }).first('parentId'))?.parentId ?? null;
  }
}

export const categories: ResourceDefinition = {
  name: 'categories',
  table: 'categories',
  label: 'Category',
  fields: {
    id: field.integer({ sort: true }),
    code: field.string({ filter: true, sort: true, search: true }),
    name: field.string({ sort: true, search: true }),
    nameZh: field.string({ sort: true, search: true }),
    parentId: field.integer({ filter: true, sort: true }),
    version: field.integer(),
    createdAt: field.date({ sort: true }),
    updatedAt: field.date({ sort: true }),
  },
  defaultSort: ['id', 'ASC'],
  ...handlers,
  async update(ctx, id, body) {
    await assertNoCycle(ctx, id, (body as { parentId?: unknown } | null)?.parentId);
    return handlers.update(ctx, id, body);
  },
};
