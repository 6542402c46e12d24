import { z } from 'zod';
import { ROLES } from '../../domain/roles';
import { warehouseProblem } from '../../domain/staff';
import { versionField } from '../http/crud';
import { field, ref } from '../http/fields';
import { name, optionalId } from '../http/schemas';
import type { RecordShape } from '../http/shape';

/**
 * Staff accounts. Every role reads the directory (id, name, role, warehouse); the rest is private
 * to admins. The password hash is not a declared field, so it is never selected or returned.
 */
export const userShape: RecordShape = {
  name: 'users',
  table: 'users',
  label: 'User',
  fields: {
    id: field.integer({ sort: true }),
    email: field.string({ filter: true, sort: true, search: true, private: true }),
    name: field.string({ sort: true, search: true }),
    role: field.enum(ROLES, { filter: true, sort: true }),
    warehouseId: field.integer({ filter: true, sort: true, ref: ref.warehouse }),
    active: field.boolean({ filter: true, sort: true, private: true }),
    version: field.integer({ private: true }),
    createdAt: field.date({ sort: true, range: true, private: true }),
    updatedAt: field.date({ sort: true, private: true }),
    lastLoginAt: field.date({ sort: true, private: true }),
  },
};

export const MIN_PASSWORD = 10;
const password = z.string().min(MIN_PASSWORD, `at least ${MIN_PASSWORD} characters`).max(200);
const email = z.string().trim().toLowerCase().email('not an email address').max(254);

const warehouseRule = {
  message: 'inspectors belong to a warehouse',
  path: ['warehouseId'],
  params: { code: 'users.inspector_warehouse' },
};
const fitsWarehouse = (u: { role?: string; warehouseId?: number | null }) => !warehouseProblem(u);

export const createUserSchema = z
  .object({
    email,
    name: name(),
    role: z.enum(ROLES),
    warehouseId: optionalId,
    active: z.boolean().optional(),
    password,
  })
  .refine(fitsWarehouse, warehouseRule);

export const updateUserSchema = z
  .object({
    email,
    name: name(),
    role: z.enum(ROLES),
    warehouseId: optionalId,
    active: z.boolean(),
    // react-admin forms send '' for an untouched optional field.
    password: z.union([password, z.literal(''), z.null()]).optional(),
    version: versionField,
  })
  .refine(fitsWarehouse, warehouseRule);

export type CreateUserInput = z.infer<typeof createUserSchema>;
