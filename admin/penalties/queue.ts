/** The managers' approval queue: permanent bans waiting for a second pair of eyes, oldest first. */
import { listPath } from '../common/savedViews';

export const PENDING_BANS = { status: 'pending_approval', type: 'permanent_ban' } as const;
export const OLDEST_FIRST = { field: 'createdAt', order: 'ASC' } as const;
export const APPROVAL_QUEUE_PATH = listPath('penalties', PENDING_BANS, OLDEST_FIRST);
