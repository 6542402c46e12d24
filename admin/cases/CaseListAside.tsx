/** Saved views (built-in and the reader's own) and quick filters beside the case queue (the react-admin demo's FilterList pattern). */
import FlagIcon from '@mui/icons-material/OutlinedFlag';
import WarningIcon from '@mui/icons-material/ReportProblemOutlined';
import { FilterList, FilterListItem } from 'react-admin';
import { CASE_STATUSES, SEVERITIES } from '../../domain/cases';
import { CategoryFilterList } from '../common/list/CategoryFilterList';
import { ListAside } from '../common/list/ListAside';
import { SavedViews, type BuiltInView } from '../common/list/SavedViews';
import { useActor } from '../common/useActor';
import { ACTIVE_FILTER } from './caseFilters';

function useCaseViews(): BuiltInView[] {
  const actor = useActor();
  return [
    { label: 'td.cases.views.active', value: ACTIVE_FILTER },
    ...(actor ? [{ label: 'td.cases.views.my_queue', value: { assigneeId: actor.id, status: 'in_review' } }] : []),
    // Confirmed by the reader and waiting for a penalty: the second half of a reviewer's day.
    ...(actor ? [{ label: 'td.cases.views.to_penalize', value: { assigneeId: actor.id, status: 'confirmed' } }] : []),
    { label: 'td.cases.views.unassigned', value: { status: 'open' } },
    { label: 'td.cases.views.overdue', value: { overdue: true } },
  ];
}

export function CaseListAside() {
  return (
    <ListAside>
      <SavedViews views={useCaseViews()} />
      <FilterList label="resources.cases.fields.status" icon={<FlagIcon />}>
        {CASE_STATUSES.map((status) => (
          <FilterListItem key={status} label={`td.caseStatus.${status}`} value={{ status }} />
        ))}
      </FilterList>
      <FilterList label="resources.cases.fields.severity" icon={<WarningIcon />}>
        {SEVERITIES.map((severity) => (
          <FilterListItem key={severity} label={`td.severity.${severity}`} value={{ severity }} />
        ))}
      </FilterList>
      <CategoryFilterList />
    </ListAside>
  );
}
