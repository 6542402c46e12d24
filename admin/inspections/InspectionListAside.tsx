/** Views and quick filters beside the inspection list: the warehouse's work, by status and by result. */
import FlagIcon from '@mui/icons-material/OutlinedFlag';
import RuleIcon from '@mui/icons-material/Rule';
import { FilterList, FilterListItem } from 'react-admin';
import { INSPECTION_RESULTS, INSPECTION_STATUSES, WAREHOUSE_QUEUE_STATUSES } from '../../domain/inspections';
import { ListAside } from '../common/list/ListAside';
import { SavedViews, type BuiltInView } from '../common/list/SavedViews';

export const VIEWS: BuiltInView[] = [
  { label: 'td.inspections.views.at_warehouse', value: { status: [...WAREHOUSE_QUEUE_STATUSES] } },
  { label: 'td.inspections.views.at_bench', value: { status: ['received', 'inspecting'] } },
  { label: 'td.inspections.views.failed', value: { result: 'failed' } },
];

export function InspectionListAside() {
  return (
    <ListAside>
      <SavedViews views={VIEWS} />
      <FilterList label="resources.inspections.fields.status" icon={<FlagIcon />}>
        {INSPECTION_STATUSES.map((status) => (
          <FilterListItem key={status} label={`td.inspectionStatus.${status}`} value={{ status }} />
        ))}
      </FilterList>
      <FilterList label="resources.inspections.fields.result" icon={<RuleIcon />}>
        {INSPECTION_RESULTS.map((result) => (
          <FilterListItem key={result} label={`td.inspectionResult.${result}`} value={{ result }} />
        ))}
      </FilterList>
    </ListAside>
  );
}
