/** Staff list of parcels at the warehouses, newest first; an inspector's holds only their warehouse (the server scopes it). */
import { warehouseScope } from '../../domain/inspections';
import { ResourceList } from '../common/list/ResourceList';
import { useStaffUser } from '../common/useActor';
import { INSPECTION_SORT, inspectionFilters } from './inspectionFilters';
import { InspectionListAside } from './InspectionListAside';
import { InspectionTable } from './InspectionTable';

export default function InspectionList() {
  const user = useStaffUser();
  const allWarehouses = !user || warehouseScope(user) === null;
  return (
    <ResourceList sort={INSPECTION_SORT} filters={inspectionFilters({ allWarehouses })} aside={<InspectionListAside />}>
      <InspectionTable hideWarehouse={!allWarehouses} />
    </ResourceList>
  );
}
