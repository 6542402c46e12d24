/**
 * Staff accounts: who the signed-in user is, and the rules about accounts that the SPA's forms
 * and the server's validation share.
 */
import { canAccess, type Role } from './roles';

/** The signed-in staff member: `GET /api/auth/me`, the login answer, and `req.actor` on the server. */
export interface StaffUser {
  id: number;
  name: string;
  email: string;
  role: Role;
  warehouseId: number | null;
}

/** What record-level rules need to know about whoever acts. */
export type Actor = Pick<StaffUser, 'id' | 'role'>;

/** A staff account as `GET /api/users` returns it; the private fields are present for admins only. */
export interface UserRecord {
  id: number;
  name: string;
  role: Role;
  warehouseId: number | null;
  email?: string;
  active?: boolean;
  lastLoginAt?: string | null;
  createdAt?: string;
  version?: number;
}

/** The directory every role may read (SPEC §6); everything else about an account is private. */
export const DIRECTORY_FIELDS = ['id', 'name', 'role', 'warehouseId'] as const;

/** Inspectors work at one warehouse; nobody else belongs to one. */
export const needsWarehouse = (role: Role | string | undefined | null): boolean => role === 'inspector';

/** Why an account's role and warehouse do not fit together, or null when they do. */
export function warehouseProblem(u: { role?: string | null; warehouseId?: number | null }): string | null {
  return needsWarehouse(u.role) && u.warehouseId == null ? 'inspectors belong to a warehouse' : null;
}

/** The warehouse an account keeps: its own for an inspector, none for any other role. */
export const warehouseFor = (role: Role | string, warehouseId: number | null | undefined): number | null =>
  needsWarehouse(role) ? (warehouseId ?? null) : null;

/** Roles that work the case queue and so may be assigned a case (reviewers and managers; admins administer). */
export const ASSIGNABLE_ROLES = ['reviewer', 'manager'] as const satisfies readonly Role[];

export function canBeAssignedCases(u: { role: Role | string; active?: boolean | null }): boolean {
  return (ASSIGNABLE_ROLES as readonly string[]).includes(u.role) && u.active !== false && canAccess(u.role, { action: 'claim', resource: 'cases' });
}
