import { z } from 'zod';
import { ROLES } from '../../admin/providers/canAccess';
import { versionField } from '../http/crud';
import { name, optionalId } from '../http/schemas';

export const MIN_PASSWORD = 10;
const password = z.string().min(MIN_PASSWORD, `at least ${MIN_PASSWORD} characters`).max(200);
const email = z.string().trim().toLowerCase().email('not an email address').max(254);

const inspectorNeedsWarehouse = (u: { role?: string; warehouseId?: number | null }) => u.role !== 'inspector' || u.warehouseId != null;
const warehouseRule = { message: 'inspectors belong to a warehouse', path: ['warehouseId'] };

export const createUserSchema = z.object({
  email,
  name: name(),
  role: z.enum(ROLES),
  warehouseId: optionalId,
  active: z.boolean().optional(),
  password,
}).refine(inspectorNeedsWarehouse, warehouseRule);

export const updateUserSchema = z.object({
  email,
  name: name(),
  role: z.enum(ROLES),
  warehouseId: optionalId,
  active: z.boolean(),
  // react-admin forms send '' for an untouched optional field.
  password: z.union([password, z.literal(''), z.null()]).optional(),
  version: versionField,
}).refine(inspectorNeedsWarehouse, warehouseRule);

export type CreateUserInput = z.infer<typeof createUserSchema>;
