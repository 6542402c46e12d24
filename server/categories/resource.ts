import { z } from 'zod';
import { crud } from '../http/crud';
import { field } from '../http/fields';
import type { ResourceDefinition } from '../http/resource';
import { code, name, optionalId } from '../http/schemas';

const editable = z.object({ name: name(), nameZh: name(), parentId: optionalId });
const handlers = crud(() => categories, { create: editable.extend({ code }), update: editable });

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
};
