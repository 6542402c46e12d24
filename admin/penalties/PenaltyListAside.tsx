/** Saved views (the approval queue among them) and quick filters beside the penalty list. */
import { Link } from 'react-router-dom';
import { ListItem, ListItemButton, ListItemText } from '@mui/material';
import TypeIcon from '@mui/icons-material/LabelOutlined';
import FlagIcon from '@mui/icons-material/OutlinedFlag';
import { FilterList, FilterListItem, useCanAccess, useListContext, useTranslate } from 'react-admin';
import { ISSUED_RECORD_STATUSES, PENALTY_STATUSES, PENALTY_TYPES } from '../../domain/penalties';
import { CategoryFilterList } from '../common/list/CategoryFilterList';
import { ListAside } from '../common/list/ListAside';
import { SavedViews } from '../common/list/SavedViews';
import { isView } from '../common/savedViews';
import { UNANNOUNCED } from '../notices/queues';
import { useActor } from '../common/useActor';
import { APPROVAL_QUEUE_PATH, PENDING_BANS } from './queue';

/** Comms read issued penalties only (the server's scope): they get the views and statuses that apply to them. */
export function PenaltyListAside() {
  const { canAccess: mayApprove } = useCanAccess({ resource: 'penalties', action: 'approve' });
  const { canAccess: mayIssue } = useCanAccess({ resource: 'penalties', action: 'create' });
  const { canAccess: mayAnnounce } = useCanAccess({ resource: 'notices', action: 'create' });
  const actor = useActor();
  const statuses = mayIssue ? PENALTY_STATUSES : ISSUED_RECORD_STATUSES;
  const views = [
    ...(mayAnnounce ? [{ label: 'td.notices.views.unannounced', value: UNANNOUNCED }] : []),
    { label: 'td.penalties.views.in_force', value: { status: 'active' } },
    ...(actor && mayIssue ? [{ label: 'td.penalties.views.issued_by_me', value: { issuedById: actor.id } }] : []),
  ];
  return (
    <ListAside>
      <SavedViews views={views} before={mayApprove && <ApprovalQueueItem />} />
      <FilterList label="resources.penalties.fields.type" icon={<TypeIcon />}>
        {PENALTY_TYPES.map((type) => (
          <FilterListItem key={type} label={`td.penaltyType.${type}`} value={{ type }} />
        ))}
      </FilterList>
      <FilterList label="resources.penalties.fields.status" icon={<FlagIcon />}>
        {statuses.map((status) => (
          <FilterListItem key={status} label={`td.penaltyStatus.${status}`} value={{ status }} />
        ))}
      </FilterList>
      <CategoryFilterList />
    </ListAside>
  );
}

/** A view that also sets the order (oldest first), so it is a link to the list URL rather than a filter toggle. */
function ApprovalQueueItem() {
  const translate = useTranslate();
  const { filterValues } = useListContext();
  return (
    <ListItem disablePadding disableGutters>
      <ListItemButton component={Link} to={APPROVAL_QUEUE_PATH} selected={isView(PENDING_BANS, filterValues)} sx={{ px: '2em' }}>
        <ListItemText primary={translate('td.penalties.views.approval_queue')} sx={{ m: 0 }} />
      </ListItemButton>
    </ListItem>
  );
}
