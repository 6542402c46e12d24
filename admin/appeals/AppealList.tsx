/** Appeals, the pending ones first and oldest first: the order managers decide them in. */
import { List, SelectInput } from 'react-admin';
import { APPEAL_STATUSES } from '../../domain/appeals';
import { enumChoices } from '../common/enums';
import { searchFilter } from '../common/filters';
import { ListActions } from '../common/ListActions';
import { AppealTable } from './AppealTable';

const appealFilters = [searchFilter, <SelectInput key="status" source="status" choices={enumChoices('appealStatus', APPEAL_STATUSES)} alwaysOn />];

export default function AppealList() {
  return (
    <List sort={{ field: 'filedAt', order: 'ASC' }} perPage={25} filters={appealFilters} filterDefaultValues={{ status: 'pending' }} actions={<ListActions />}>
      <AppealTable />
    </List>
  );
}
