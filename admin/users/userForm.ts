import { ROLES } from '../../domain/roles';
import { warehouseFor } from '../../domain/staff';
import { enumChoices } from '../common/enums';

export const ROLE_CHOICES = enumChoices('role', ROLES);

/** Only inspectors belong to a warehouse; an empty new password means "keep the current one". */
export function toUserPayload<T extends { role: string; warehouseId?: number | null; password?: string | null }>(data: T) {
  return {
    ...data,
    warehouseId: warehouseFor(data.role, data.warehouseId),
    password: data.password || undefined,
  };
}
