import { Box, Typography } from '@mui/material';
import AlarmIcon from '@mui/icons-material/Alarm';
import InboxIcon from '@mui/icons-material/Inbox';
import { useTranslate } from 'react-admin';
import { CASE_STATUSES } from '../../domain/cases';
import { StatCard } from './StatCard';
import { AssigneeLoadCard } from './AssigneeLoadCard';
import { CaseQueueCard } from './CaseQueueCard';
import { PendingBansCard } from '../penalties/PendingBansCard';
import { NoticeApprovalsCard } from '../notices/NoticeApprovals';
import { OVERDUE, UNASSIGNED_OPEN } from './queues';

/** Managers and admins: the whole team's backlog, what is late, and who holds what. */
export function TeamDashboard() {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <StatCard label="td.dashboard.overdue" filter={OVERDUE} icon={<AlarmIcon fontSize="small" />} alert />
        <StatCard label="td.dashboard.unassigned" filter={UNASSIGNED_OPEN} icon={<InboxIcon fontSize="small" />} />
      </Box>
      <Typography variant="h6" sx={{ mt: 1 }}>
        {translate('td.dashboard.teamBacklog')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        {CASE_STATUSES.map((status) => (
          <StatCard key={status} label={`td.caseStatus.${status}`} filter={{ status }} />
        ))}
      </Box>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start', mt: 1 }}>
        <PendingBansCard />
        <NoticeApprovalsCard />
        <AssigneeLoadCard />
        <CaseQueueCard title="td.dashboard.overdue" filter={OVERDUE} />
      </Box>
    </Box>
  );
}
