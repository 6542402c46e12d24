import { z } from 'zod';
import { wouldLoop } from '../../domain/reference';
import { crud, versionField } from '../http/crud';
import { badRequest, fieldError } from '../http/errors';
import { field } from '../http/fields';
import { write, type ResourceDefinition } from '../http/resource';
import { code, name, optionalId } from '../http/schemas';
import type { RecordShape } from '../http/shape';

export const categoryShape: RecordShape = {
  name: 'categories',
  table: 'categories',
  label: 'Category',
  fields: {
    id: field.integer({ sort: true }),
    code: field.string({ filter: true, sort: true, search: true }),
    name: field.string({ sort: true, search: true }),
    nameZh: field.string({ sort: true, search: true }),
    parentId: field.integer({ filter: true, sort: true, ref: { table: 'categories', label: 'name' } }),
    version: field.integer(),
    createdAt: field.date({ sort: true }),
    updatedAt: field.date({ sort: true }),
  },
};

const editable = z.object({ name: name(), nameZh: name(), parentId: optionalId });
const handlers = crud(() => categoryShape, { create: editable.extend({ code }), update: editable });
const updateSchema = editable.extend({ version: versionField });

export const categoriesResource: ResourceDefinition = {
  ...categoryShape,
  defaultSort: ['id', 'ASC'],
  ...handlers,
  // A category may not sit under itself, directly or through its parents.
  update: write<typeof updateSchema, [id: number]>(updateSchema, async (tx, id, input) => {
    const all = await tx.trx('categories').select('id', 'parentId');
    if (wouldLoop(all, id, input.parentId ?? null)) throw badRequest('categories.loop', {}, { parentId: fieldError('categories.loop') });
    return handlers.update.run(tx, id, input);
  }),
};
