import { ROLES } from '../../admin/providers/canAccess';
import { field } from '../http/fields';
import type { ResourceDefinition } from '../http/resource';

/** Staff accounts. The password hash is not a declared field, so it is never selected or returned. */
export const users: ResourceDefinition = {
  name: 'users',
  table: 'users',
  label: 'User',
  fields: {
    id: field.integer({ sort: true }),
    email: field.string({ filter: true, sort: true, search: true }),
    name: field.string({ sort: true, search: true }),
    role: field.enum(ROLES, { filter: true, sort: true }),
    warehouseId: field.integer({ filter: true, sort: true }),
    active: field.boolean({ filter: true, sort: true }),
    version: field.integer(),
    createdAt: field.date({ sort: true, range: true }),
    updatedAt: field.date({ sort: true }),
    lastLoginAt: field.date({ sort: true }),
  },
  defaultSort: ['name', 'ASC'],
};
