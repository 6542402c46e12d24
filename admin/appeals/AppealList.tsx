/** Appeals, the pending ones first and oldest first: the order managers decide them in. */
import { SelectInput } from 'react-admin';
import { APPEAL_STATUSES } from '../../domain/appeals';
import { enumChoices } from '../common/enums';
import { searchFilter } from '../common/filters';
import { ResourceList } from '../common/list/ResourceList';
import { AppealTable } from './AppealTable';

const appealFilters = [searchFilter, <SelectInput key="status" source="status" choices={enumChoices('appealStatus', APPEAL_STATUSES)} alwaysOn />];

export default function AppealList() {
  return (
    <ResourceList sort={{ field: 'filedAt', order: 'ASC' }} filters={appealFilters} filterDefaultValues={{ status: 'pending' }}>
      <AppealTable />
    </ResourceList>
  );
}
