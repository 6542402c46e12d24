import { z } from 'zod';
import { crud } from '../http/crud';
import { field } from '../http/fields';
import type { ResourceDefinition } from '../http/resource';
import { code, name } from '../http/schemas';
import type { RecordShape } from '../http/shape';

export const warehouseShape: RecordShape = {
  name: 'warehouses',
  table: 'warehouses',
  label: 'Warehouse',
  fields: {
    id: field.integer({ sort: true }),
    code: field.string({ filter: true, sort: true, search: true }),
    name: field.string({ sort: true, search: true }),
    nameZh: field.string({ sort: true, search: true }),
    city: field.string({ filter: true, sort: true, search: true }),
    agency: field.string({ search: true }),
    dailyCapacity: field.integer({ sort: true, range: true }),
    active: field.boolean({ filter: true, sort: true }),
    version: field.integer(),
    createdAt: field.date({ sort: true }),
    updatedAt: field.date({ sort: true }),
  },
};

const editable = z.object({
  name: name(),
  nameZh: name().nullable().optional(),
  city: name(80),
  agency: name(200),
  dailyCapacity: z.number().int().min(0).max(1_000_000),
  active: z.boolean(),
});

export const warehousesResource: ResourceDefinition = {
  ...warehouseShape,
  defaultSort: ['id', 'ASC'],
  // The column is varchar(32) (PostgreSQL enforces it, SQLite would not).
  ...crud(() => warehouseShape, { create: editable.extend({ code: code.max(32, 'at most 32 characters') }), update: editable }),
};
