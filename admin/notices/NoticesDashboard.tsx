/** Comms land here: their drafts, what waits for a manager, what is scheduled, what went out lately, and the penalties still to announce. */
import { Link } from 'react-router-dom';
import AddIcon from '@mui/icons-material/Add';
import { Box, Button, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { StaffUser } from '../../domain/staff';
import { NoticeQueueCard } from './NoticeQueueCard';
import { AWAITING_APPROVAL, DRAFTS, LAST_EDITED, NEWEST_PUBLISHED, OLDEST_SUBMITTED, PUBLISHED, SCHEDULED, SOONEST_FIRST } from './queues';
import { UnannouncedPenaltiesCard } from './UnannouncedPenaltiesCard';

export function NoticesDashboard({ user }: { user: StaffUser }) {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1 }}>
        <Typography variant="h5">{translate('td.dashboard.welcome', { name: user.name })}</Typography>
        <Button component={Link} to="/notices/create" variant="contained" startIcon={<AddIcon />}>
          {translate('td.notices.new')}
        </Button>
      </Box>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'stretch' }}>
        <NoticeQueueCard title="td.notices.cards.drafts" empty="td.notices.cards.none" filter={DRAFTS} sort={LAST_EDITED} dateLabel="td.notices.cards.edited" />
        <NoticeQueueCard
          title="td.notices.cards.awaiting_approval"
          empty="td.notices.cards.none"
          filter={AWAITING_APPROVAL}
          sort={OLDEST_SUBMITTED}
          dateLabel="td.notices.cards.submitted"
        />
      </Box>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'stretch' }}>
        <NoticeQueueCard
          title="td.notices.cards.scheduled"
          empty="td.notices.cards.none"
          filter={SCHEDULED}
          sort={SOONEST_FIRST}
          dateLabel="td.notices.cards.goes_out"
        />
        <NoticeQueueCard
          title="td.notices.cards.published"
          empty="td.notices.cards.none"
          filter={PUBLISHED}
          sort={NEWEST_PUBLISHED}
          dateLabel="td.notices.cards.published_on"
        />
      </Box>
      <UnannouncedPenaltiesCard />
    </Box>
  );
}
