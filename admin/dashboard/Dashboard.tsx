import { Box, LinearProgress, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { Navigate } from 'react-router-dom';
import { canAccess } from '../../domain/roles';
import type { StaffUser } from '../../domain/staff';
import { useStaffUser } from '../common/useActor';
import { NoticesDashboard } from '../notices/NoticesDashboard';
import { ReviewerDashboard } from './ReviewerDashboard';
import { TeamDashboard } from './TeamDashboard';
import { WelcomeDashboard } from './WelcomeDashboard';

/** Those who may assign cases lead a team; those who may only work them have a queue; the others get a welcome. */
function CaseWorkDashboard({ user }: { user: StaffUser }) {
  const translate = useTranslate();
  const leads = canAccess(user.role, { action: 'assign', resource: 'cases' });
  return (
    <>
      <Typography variant="h5" sx={{ mb: 2 }}>
        {translate('td.dashboard.welcome', { name: user.name })}
      </Typography>
      {leads ? <TeamDashboard /> : <ReviewerDashboard userId={user.id} />}
    </>
  );
}

/** Case workers see their queue or team; comms their notices; inspectors their workstation; the others a welcome. */
function RoleDashboard({ user }: { user: StaffUser }) {
  // Inspectors land at their bench.
  if (user.role === 'inspector') return <Navigate to="/workstation" replace />;
  if (canAccess(user.role, { action: 'list', resource: 'cases' })) return <CaseWorkDashboard user={user} />;
  if (canAccess(user.role, { action: 'create', resource: 'notices' })) return <NoticesDashboard user={user} />;
  return <WelcomeDashboard user={user} />;
}

export function Dashboard() {
  const user = useStaffUser();
  if (!user) return <LinearProgress sx={{ mt: 2 }} />;
  return (
    <Box sx={{ mt: 2, mb: 4 }}>
      <Title title="ra.page.dashboard" />
      <RoleDashboard user={user} />
    </Box>
  );
}
