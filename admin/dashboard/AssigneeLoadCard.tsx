import { Link } from 'react-router-dom';
import { Card, CardHeader, LinearProgress, List, ListItem, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { UserRecord } from '../../domain/staff';
import { ASSIGNABLE } from '../cases/inputs';
import { useEnumLabel } from '../common/enums';
import { casesPath } from './queues';
import { useCaseCount } from './useCaseCount';

/** One person's count of cases in review, linking to them. */
function AssigneeRow({ user }: { user: UserRecord }) {
  const roleLabel = useEnumLabel('role');
  const filter = { status: 'in_review', assigneeId: user.id };
  const { total, isPending } = useCaseCount(filter);
  return (
    <ListItem disablePadding sx={{ borderTop: 1, borderColor: 'divider' }}>
      <ListItemButton component={Link} to={casesPath(filter)}>
        <ListItemText primary={user.name} secondary={roleLabel(user.role)} />
        <Typography variant="h6" component="span">
          {isPending ? '…' : total}
        </Typography>
      </ListItemButton>
    </ListItem>
  );
}

/** Cases in review per person who may work them (active reviewers and managers). */
export function AssigneeLoadCard() {
  const translate = useTranslate();
  const { data, isPending } = useGetList<UserRecord>('users', {
    filter: ASSIGNABLE,
    pagination: { page: 1, perPage: 50 },
    sort: { field: 'name', order: 'ASC' },
  });
  return (
    <Card sx={{ flex: '1 1 320px' }}>
      <CardHeader title={translate('td.dashboard.perReviewer')} slotProps={{ title: { variant: 'h6' } }} />
      {isPending && <LinearProgress />}
      <List dense disablePadding>
        {data?.map((user) => (
          <AssigneeRow key={user.id} user={user} />
        ))}
      </List>
      {!isPending && !data?.length && (
        <Typography variant="body2" color="text.secondary" sx={{ px: 2, pb: 2 }}>
          {translate('td.dashboard.noReviewers')}
        </Typography>
      )}
    </Card>
  );
}
