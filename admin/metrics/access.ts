/**
 * Which metrics a role reads: the role table (domain/roles.ts, `metrics/*`) — every role reads the
 * warehouse figures (an inspector only their own warehouse), enforcement and headline figures are
 * for case workers, comms and leads, per-reviewer figures for leads. The server has the last word.
 */
import { canAccess } from '../../domain/roles';
import type { StaffUser } from '../../domain/staff';

export interface MetricsAccess {
  warehouses: boolean;
  enforcement: boolean;
  headline: boolean;
  /** The warehouse an inspector is held to; undefined for everyone else (any warehouse). */
  ownWarehouseId?: number;
}

export function metricsAccess(user: Pick<StaffUser, 'role' | 'warehouseId'>): MetricsAccess {
  const may = (resource: string) => canAccess(user.role, { action: 'list', resource });
  return {
    warehouses: may('metrics/warehouses'),
    enforcement: may('metrics/enforcement'),
    headline: may('metrics/headline'),
    ownWarehouseId: user.role === 'inspector' ? (user.warehouseId ?? undefined) : undefined,
  };
}

/** Whether the role reads any metrics (the menu entry). */
export const readsMetrics = (user: Pick<StaffUser, 'role' | 'warehouseId'>) => {
  const access = metricsAccess(user);
  return access.warehouses || access.enforcement || access.headline;
};
