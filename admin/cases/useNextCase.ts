/** "Next case": the case after this one in the queue the reviewer came from (the case list's view, or a dashboard card). */
import { useNextRecord } from '../common/list/useNextRecord';
import { ACTIVE_FILTER, CASE_QUEUE_SORT } from './caseFilters';

export const useNextCase = () => useNextRecord('cases', { filter: ACTIVE_FILTER, sort: CASE_QUEUE_SORT });
