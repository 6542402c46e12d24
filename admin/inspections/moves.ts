/**
 * Which lifecycle moves the signed-in staff member may make on a parcel right now: the role table
 * (domain/roles.ts), the machine (domain/inspections.ts) and the warehouse scope, as the server
 * checks them. Pure: unit-tested.
 */
import { canRecord, nextMoves, warehouseScope, type InspectionMove, type InspectionRecord } from '../../domain/inspections';
import type { StaffUser } from '../../domain/staff';

export function allowedMoves(
  user: Pick<StaffUser, 'role' | 'warehouseId'> | undefined,
  record: Pick<InspectionRecord, 'status' | 'warehouseId'> | undefined,
): InspectionMove[] {
  if (!user || !record) return [];
  const scope = warehouseScope(user);
  if (scope === 'none' || (scope !== null && scope !== record.warehouseId)) return [];
  return nextMoves(record.status).filter((move) => canRecord(user.role, move));
}

/** The workstation's address for a parcel. */
export const workstationPath = (inspectionId?: number) => (inspectionId == null ? '/workstation' : `/workstation?parcel=${inspectionId}`);
