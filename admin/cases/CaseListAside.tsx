/** Saved views and quick filters beside the case queue (the react-admin demo's FilterList pattern). */
import BookmarkIcon from '@mui/icons-material/BookmarkBorder';
import FlagIcon from '@mui/icons-material/OutlinedFlag';
import WarningIcon from '@mui/icons-material/ReportProblemOutlined';
import { FilterList, FilterListItem } from 'react-admin';
import { CASE_STATUSES, SEVERITIES } from '../../domain/cases';
import { ListAside } from '../common/ListAside';
import { isView, toggleView } from '../common/savedViews';
import { useActor } from '../common/useActor';
import { ACTIVE_FILTER } from './caseFilters';

export function CaseListAside() {
  const actor = useActor();
  return (
    <ListAside>
      <FilterList label="td.cases.views.title" icon={<BookmarkIcon />}>
        <FilterListItem label="td.cases.views.active" value={ACTIVE_FILTER} isSelected={isView} toggleFilter={toggleView} />
        {actor && (
          <FilterListItem label="td.cases.views.my_queue" value={{ assigneeId: actor.id, status: 'in_review' }} isSelected={isView} toggleFilter={toggleView} />
        )}
        <FilterListItem label="td.cases.views.unassigned" value={{ status: 'open' }} isSelected={isView} toggleFilter={toggleView} />
        <FilterListItem label="td.cases.views.overdue" value={{ overdue: true }} isSelected={isView} toggleFilter={toggleView} />
      </FilterList>
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
    </ListAside>
  );
}
