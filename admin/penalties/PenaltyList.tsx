/** Every penalty issued, newest first, filterable; managers' approval queue is one of its saved views. */
import { ResourceList } from '../common/list/ResourceList';
import { penaltyFilters } from './penaltyFilters';
import { PenaltyListAside } from './PenaltyListAside';
import { PenaltyTable } from './PenaltyTable';

export default function PenaltyList() {
  return (
    <ResourceList sort={{ field: 'createdAt', order: 'DESC' }} filters={penaltyFilters} aside={<PenaltyListAside />}>
      <PenaltyTable />
    </ResourceList>
  );
}
