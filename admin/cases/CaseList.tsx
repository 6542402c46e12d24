/** The reviewer's queue: every case, soonest due first, with saved views, bulk claim/assign and the list keys (c claims). */
import { ResourceList } from '../common/list/ResourceList';
import { ACTIVE_FILTER, CASE_QUEUE_SORT, caseFilters } from './caseFilters';
import { CaseListAside } from './CaseListAside';
import { CaseTable } from './CaseTable';
import { ClaimUnderCursor } from './ClaimUnderCursor';

export const CaseList = () => (
  <ResourceList sort={CASE_QUEUE_SORT} filters={caseFilters} filterDefaultValues={ACTIVE_FILTER} aside={<CaseListAside />}>
    <ClaimUnderCursor />
    <CaseTable />
  </ResourceList>
);
