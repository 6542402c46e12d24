/** Every penalty issued, newest first, filterable; managers' approval queue is one of its saved views. */
import { List } from 'react-admin';
import { penaltyFilters } from './penaltyFilters';
import { PenaltyListAside } from './PenaltyListAside';
import { PenaltyTable } from './PenaltyTable';

export default function PenaltyList() {
  return (
    <List sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} filters={penaltyFilters} aside={<PenaltyListAside />}>
      <PenaltyTable />
    </List>
  );
}
