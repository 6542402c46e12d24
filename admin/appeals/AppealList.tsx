/** Appeals, the pending ones first and oldest first: the order managers decide them in. */
import { List, SearchInput, SelectInput } from 'react-admin';
import { enumChoices } from '../cases/inputs';
import { APPEAL_STATUSES } from '../../domain/appeals';
import { AppealTable } from './AppealTable';

const appealFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={enumChoices('appealStatus', APPEAL_STATUSES)} alwaysOn />,
];

export default function AppealList() {
  return (
    <List sort={{ field: 'filedAt', order: 'ASC' }} perPage={25} filters={appealFilters} filterDefaultValues={{ status: 'pending' }}>
      <AppealTable />
    </List>
  );
}
