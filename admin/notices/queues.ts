/** The notice lists the dashboards, the menu and the list's saved views point at. */
import { listPath } from '../common/savedViews';

export const DRAFTS = { status: 'draft' } as const;
export const AWAITING_APPROVAL = { status: 'in_review' } as const;
export const SCHEDULED = { status: 'scheduled' } as const;
export const PUBLISHED = { status: 'published' } as const;
/** Issued penalties no published notice lists yet: what comms still owe a notice. */
export const UNANNOUNCED = { announced: false } as const;

export const OLDEST_SUBMITTED = { field: 'submittedAt', order: 'ASC' } as const;
export const SOONEST_FIRST = { field: 'publishAt', order: 'ASC' } as const;
export const NEWEST_PUBLISHED = { field: 'publishedAt', order: 'DESC' } as const;
export const LAST_EDITED = { field: 'updatedAt', order: 'DESC' } as const;
export const FIRST_TAKING_EFFECT = { field: 'startsAt', order: 'ASC' } as const;

export const noticesPath = (filter: Record<string, unknown>, sort: { field: string; order: 'ASC' | 'DESC' } = LAST_EDITED) => listPath('notices', filter, sort);
export const APPROVAL_QUEUE_PATH = noticesPath(AWAITING_APPROVAL, OLDEST_SUBMITTED);
export const UNANNOUNCED_PATH = listPath('penalties', UNANNOUNCED, FIRST_TAKING_EFFECT);
