import { Box, LinearProgress, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { canAccess } from '../../domain/roles';
import type { StaffUser } from '../../domain/staff';
import { useStaffUser } from '../common/useActor';
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

export function Dashboard() {
  const user = useStaffUser();
  if (!user) return <LinearProgress sx={{ mt: 2 }} />;
  return (
    <Box sx={{ mt: 2, mb: 4 }}>
      <Title title="ra.page.dashboard" />
      {canAccess(user.role, { action: 'list', resource: 'cases' }) ? <CaseWorkDashboard user={user} /> : <WelcomeDashboard user={user} />}
    </Box>
  );
}
