/** Every penalty issued, newest first, filterable; managers' approval queue is one of its saved views. */
import { List } from 'react-admin';
import { ListActions } from '../common/ListActions';
import { penaltyFilters } from './penaltyFilters';
import { PenaltyListAside } from './PenaltyListAside';
import { PenaltyTable } from './PenaltyTable';

export default function PenaltyList() {
  return (
    <List sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} filters={penaltyFilters} actions={<ListActions />} aside={<PenaltyListAside />}>
      <PenaltyTable />
    </List>
  );
}
