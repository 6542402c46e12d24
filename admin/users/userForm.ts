import { ROLES } from '../../domain/roles';
import { enumChoices } from '../common/enums';

export const ROLE_CHOICES = enumChoices(ROLES, 'role');

/** Only inspectors belong to a warehouse; an empty new password means "keep the current one". */
export function toUserPayload<T extends { role?: string; warehouseId?: unknown; password?: string | null }>(data: T) {
  return {
    ...data,
    warehouseId: data.role === 'inspector' ? (data.warehouseId ?? null) : null,
    password: data.password || undefined,
  };
}
