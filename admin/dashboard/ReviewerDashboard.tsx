import { Box } from '@mui/material';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import AlarmIcon from '@mui/icons-material/Alarm';
import InboxIcon from '@mui/icons-material/Inbox';
import { StatCard } from './StatCard';
import { CaseQueueCard } from './CaseQueueCard';
import { UNASSIGNED_OPEN } from './queues';

/** A reviewer's day: their own queue first, then what is waiting to be claimed. */
export function ReviewerDashboard({ userId }: { userId: number }) {
  const mine = { assigneeId: userId, status: 'in_review' };
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <StatCard label="td.dashboard.myInReview" filter={mine} icon={<AssignmentIndIcon fontSize="small" />} />
        <StatCard label="td.dashboard.myOverdue" filter={{ ...mine, overdue: true }} icon={<AlarmIcon fontSize="small" />} alert />
        <StatCard label="td.dashboard.unassignedOpen" filter={UNASSIGNED_OPEN} icon={<InboxIcon fontSize="small" />} />
      </Box>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <CaseQueueCard title="td.dashboard.myQueue" subheader="td.dashboard.myQueueHint" filter={mine} />
        <CaseQueueCard title="td.dashboard.unassignedOpen" subheader="td.dashboard.unassignedHint" filter={UNASSIGNED_OPEN} />
      </Box>
    </Box>
  );
}
