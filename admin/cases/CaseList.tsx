/** The reviewer's queue: every case, soonest due first, with saved views and bulk claim/assign. */
import { List } from 'react-admin';
import { ListActions } from '../common/ListActions';
import { ACTIVE_FILTER, caseFilters } from './caseFilters';
import { CaseListAside } from './CaseListAside';
import { CaseTable } from './CaseTable';

export const CaseList = () => (
  <List
    sort={{ field: 'dueAt', order: 'ASC' }}
    perPage={25}
    filters={caseFilters}
    filterDefaultValues={ACTIVE_FILTER}
    actions={<ListActions />}
    aside={<CaseListAside />}
  >
    <CaseTable />
  </List>
);
