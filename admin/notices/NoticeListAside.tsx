/** Saved views (my drafts, the approval queue…), statuses, and the penalties still to announce, beside the notice list. */
import { Link } from 'react-router-dom';
import FlagIcon from '@mui/icons-material/OutlinedFlag';
import CampaignIcon from '@mui/icons-material/CampaignOutlined';
import { ListItem, ListItemButton, ListItemText } from '@mui/material';
import { FilterList, FilterListItem, useTranslate } from 'react-admin';
import { NOTICE_STATUSES } from '../../domain/notices';
import { ListAside } from '../common/list/ListAside';
import { SavedViews } from '../common/list/SavedViews';
import { useActor } from '../common/useActor';
import { AWAITING_APPROVAL, DRAFTS, SCHEDULED, UNANNOUNCED_PATH } from './queues';

export function NoticeListAside() {
  const actor = useActor();
  const translate = useTranslate();
  const views = [
    ...(actor ? [{ label: 'td.notices.views.my_drafts', value: { ...DRAFTS, authorId: actor.id } }] : []),
    { label: 'td.notices.views.awaiting_approval', value: AWAITING_APPROVAL },
    { label: 'td.notices.views.scheduled', value: SCHEDULED },
  ];
  return (
    <ListAside>
      <SavedViews views={views} />
      <FilterList label="resources.notices.fields.status" icon={<FlagIcon />}>
        {NOTICE_STATUSES.map((status) => (
          <FilterListItem key={status} label={`td.noticeStatus.${status}`} value={{ status }} />
        ))}
      </FilterList>
      <FilterList label="td.notices.views.penalties" icon={<CampaignIcon />}>
        <ListItem disablePadding disableGutters>
          <ListItemButton component={Link} to={UNANNOUNCED_PATH} sx={{ px: '2em' }}>
            <ListItemText primary={translate('td.notices.views.unannounced')} sx={{ m: 0 }} />
          </ListItemButton>
        </ListItem>
      </FilterList>
    </ListAside>
  );
}
