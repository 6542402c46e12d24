/** Managers' dashboard: permanent bans waiting for a second manager, the oldest first, with a link to the queue. */
import { Link } from 'react-router-dom';
import { Box, Button, Card, CardActions, CardHeader, LinearProgress, List, ListItem, ListItemButton, ListItemText, Typography } from '@mui/material';
import GavelIcon from '@mui/icons-material/Gavel';
import { RecordContextProvider, ReferenceField, useCreatePath, useGetList, useTranslate } from 'react-admin';
import type { PenaltyRecord } from '../../domain/penalties';
import { useDateFormat } from '../common/format';
import { APPROVAL_QUEUE_PATH, OLDEST_FIRST, PENDING_BANS } from './queue';

export function PendingBansCard({ limit = 5 }: { limit?: number }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { dateTime } = useDateFormat();
  const {
    data = [],
    total,
    isPending,
  } = useGetList<PenaltyRecord>('penalties', {
    filter: PENDING_BANS,
    sort: OLDEST_FIRST,
    pagination: { page: 1, perPage: limit },
  });
  return (
    <Card sx={{ flex: '1 1 420px' }}>
      <CardHeader
        avatar={<GavelIcon color={total ? 'error' : 'disabled'} />}
        title={translate('td.penalties.views.approval_queue')}
        subheader={translate('td.penalties.queue_hint')}
        action={
          <Typography variant="h4" component="span" sx={{ px: 1, color: total ? 'error.main' : 'text.secondary' }}>
            {isPending ? '…' : total}
          </Typography>
        }
        slotProps={{ title: { variant: 'h6' } }}
      />
      {isPending && <LinearProgress />}
      <List dense disablePadding>
        {data.map((p) => (
          <RecordContextProvider key={p.id} value={p}>
            <ListItem disablePadding sx={{ borderTop: 1, borderColor: 'divider' }}>
              <ListItemButton component={Link} to={createPath({ resource: 'penalties', type: 'show', id: p.id })}>
                <ListItemText
                  primary={
                    <Box component="span" sx={{ display: 'flex', gap: 1 }}>
                      #{p.id} <ReferenceField source="merchantId" reference="merchants" link={false} />
                    </Box>
                  }
                  secondary={translate('td.penalties.issued_at', { date: dateTime(p.createdAt) })}
                  slotProps={{ primary: { component: 'span' } }}
                />
              </ListItemButton>
            </ListItem>
          </RecordContextProvider>
        ))}
      </List>
      {!isPending && !data.length && (
        <Typography variant="body2" color="text.secondary" sx={{ px: 2, pb: 2 }}>
          {translate('td.penalties.queue_empty')}
        </Typography>
      )}
      {!!total && (
        <CardActions sx={{ justifyContent: 'flex-end' }}>
          <Button component={Link} to={APPROVAL_QUEUE_PATH} size="small">
            {translate('td.dashboard.viewAll')} ({total})
          </Button>
        </CardActions>
      )}
    </Card>
  );
}
