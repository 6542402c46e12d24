/** The case lists the dashboards count and link to. */
import { listPath } from '../common/savedViews';

export const OVERDUE = { overdue: true } as const;
export const UNASSIGNED_OPEN = { status: 'open' } as const; // reopening clears the assignee: open means nobody has it

/** A link into the case list with a filter, soonest due first (the queue's order). */
export const casesPath = (filter: Record<string, unknown>) => listPath('cases', filter, { field: 'dueAt', order: 'ASC' });
