import { BooleanInput } from 'react-admin';
import { searchFilter } from '../common/filters';
import { CategoryInput, MerchantInput, ViolationTypeInput } from '../common/inputs';
import { AssigneeInput, SeverityInput, SourceInput, StatusesInput } from './inputs';

/** Cases still being worked, the queue's default: the view "Active". */
export const ACTIVE_FILTER = { status: ['open', 'in_review'] };

/** The queue's order: soonest due first. */
export const CASE_QUEUE_SORT = { field: 'dueAt', order: 'ASC' } as const;

/** The filter bar of the case list (the aside adds saved views and quick filters). */
export const caseFilters = [
  searchFilter,
  <StatusesInput key="status" source="status" />,
  <CategoryInput key="categoryId" source="categoryId" />,
  <ViolationTypeInput key="violationTypeId" source="violationTypeId" />,
  <SeverityInput key="severity" source="severity" />,
  <SourceInput key="source" source="source" />,
  <AssigneeInput key="assigneeId" source="assigneeId" />,
  // Links from a merchant's page arrive with this filter: it needs an input to be seen and cleared.
  <MerchantInput key="merchantId" source="merchantId" />,
  <BooleanInput key="overdue" source="overdue" defaultValue />,
];
