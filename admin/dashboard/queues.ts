/** The case lists the dashboards count and link to. */
import { CASE_QUEUE_SORT } from '../cases/caseFilters';
import { listPath } from '../common/savedViews';

export const OVERDUE = { overdue: true } as const;
export const UNASSIGNED_OPEN = { status: 'open' } as const; // reopening clears the assignee: open means nobody has it

/** A link into the case list with a filter, in the queue's order (soonest due first). */
export const casesPath = (filter: Record<string, unknown>) => listPath('cases', filter, CASE_QUEUE_SORT);
