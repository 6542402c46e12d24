/**
 * Which metrics a role reads (SPEC §6 "read metrics": every role; an inspector only their own
 * warehouse, so no enforcement figures). The server has the last word; the SPA only leaves out
 * what it would refuse.
 */
import type { StaffUser } from '../../domain/staff';

export interface MetricsAccess {
  enforcement: boolean;
  /** The warehouse an inspector is held to; undefined for everyone else (any warehouse). */
  ownWarehouseId?: number;
}

export function metricsAccess(user: Pick<StaffUser, 'role' | 'warehouseId'>): MetricsAccess {
  if (user.role === 'inspector') return { enforcement: false, ownWarehouseId: user.warehouseId ?? undefined };
  return { enforcement: true };
}
