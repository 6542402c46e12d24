/** Saved views (my drafts, the approval queue…), statuses, and the penalties still to announce, beside the notice list. */
import { Link } from 'react-router-dom';
import BookmarkIcon from '@mui/icons-material/BookmarkBorder';
import FlagIcon from '@mui/icons-material/OutlinedFlag';
import CampaignIcon from '@mui/icons-material/CampaignOutlined';
import { ListItem, ListItemButton, ListItemText } from '@mui/material';
import { FilterList, FilterListItem, useTranslate } from 'react-admin';
import { NOTICE_STATUSES } from '../../domain/notices';
import { ListAside } from '../common/ListAside';
import { isView, toggleView } from '../common/savedViews';
import { useActor } from '../common/useActor';
import { AWAITING_APPROVAL, DRAFTS, SCHEDULED, UNANNOUNCED_PATH } from './queues';

export function NoticeListAside() {
  const actor = useActor();
  const translate = useTranslate();
  return (
    <ListAside>
      <FilterList label="td.notices.views.title" icon={<BookmarkIcon />}>
        {actor && <FilterListItem label="td.notices.views.my_drafts" value={{ ...DRAFTS, authorId: actor.id }} isSelected={isView} toggleFilter={toggleView} />}
        <FilterListItem label="td.notices.views.awaiting_approval" value={AWAITING_APPROVAL} isSelected={isView} toggleFilter={toggleView} />
        <FilterListItem label="td.notices.views.scheduled" value={SCHEDULED} isSelected={isView} toggleFilter={toggleView} />
      </FilterList>
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
