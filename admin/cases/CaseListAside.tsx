/** Saved views and quick filters beside the case queue (the react-admin demo's FilterList pattern). */
import { Card, CardContent } from '@mui/material';
import BookmarkIcon from '@mui/icons-material/BookmarkBorder';
import FlagIcon from '@mui/icons-material/OutlinedFlag';
import WarningIcon from '@mui/icons-material/ReportProblemOutlined';
import { FilterList, FilterListItem } from 'react-admin';
import { CASE_STATUSES, SEVERITIES } from '../providers/caseWorkflow';
import { ACTIVE_FILTER } from './caseFilters';
import { useActor } from './useActor';

type Filters = Record<string, unknown>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A saved view replaces every filter (keeping the search text); choosing it again clears it. */
const isView = (value: Filters, filters: Filters) =>
  Object.keys(value).every((k) => same(filters[k], value[k])) && Object.keys(filters).every((k) => k === 'q' || k in value);
const toggleView = (value: Filters, filters: Filters) => {
  const search = filters.q ? { q: filters.q } : {};
  return isView(value, filters) ? search : { ...search, ...value };
};

export function CaseListAside() {
  const actor = useActor();
  return (
    <Card sx={{ display: { xs: 'none', md: 'block' }, order: -1, flex: '0 0 13em', mr: 2, mt: 8, alignSelf: 'flex-start' }}>
      <CardContent sx={{ pt: 1 }}>
        <FilterList label="td.cases.views.title" icon={<BookmarkIcon />}>
          <FilterListItem label="td.cases.views.active" value={ACTIVE_FILTER} isSelected={isView} toggleFilter={toggleView} />
          {actor && (
            <FilterListItem
              label="td.cases.views.my_queue"
              value={{ assigneeId: actor.id, status: 'in_review' }}
              isSelected={isView}
              toggleFilter={toggleView}
            />
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
      </CardContent>
    </Card>
  );
}
