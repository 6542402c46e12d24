import { Box, LinearProgress, Typography } from '@mui/material';
import { Title, useGetIdentity, useTranslate, type UserIdentity } from 'react-admin';
import { canAccess } from '../../domain/roles';
import { ReviewerDashboard } from './ReviewerDashboard';
import { TeamDashboard } from './TeamDashboard';
import { WelcomeDashboard } from './WelcomeDashboard';

/** Those who may assign cases lead a team; those who may only work them have a queue; the others get a welcome. */
function CaseWorkDashboard({ identity }: { identity: UserIdentity }) {
  const translate = useTranslate();
  const leads = canAccess(identity.role, { action: 'assign', resource: 'cases' });
  return (
    <>
      <Typography variant="h5" sx={{ mb: 2 }}>
        {translate('td.dashboard.welcome', { name: identity.fullName })}
      </Typography>
      {leads ? <TeamDashboard /> : <ReviewerDashboard userId={identity.id} />}
    </>
  );
}

export function Dashboard() {
  const { identity, isPending } = useGetIdentity();
  if (isPending || !identity) return <LinearProgress sx={{ mt: 2 }} />;
  return (
    <Box sx={{ mt: 2, mb: 4 }}>
      <Title title="ra.page.dashboard" />
      {canAccess(identity.role, { action: 'list', resource: 'cases' }) ? <CaseWorkDashboard identity={identity} /> : <WelcomeDashboard identity={identity} />}
    </Box>
  );
}
