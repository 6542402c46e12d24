import { Link } from 'react-router-dom';
import { Box, Button, Card, CardActions, CardHeader, Chip, LinearProgress, List, ListItem, ListItemButton, ListItemText, Typography } from '@mui/material';
import { RecordContextProvider, ReferenceField, useCreatePath, useGetList, useTranslate } from 'react-admin';
import type { CaseRecord } from '../../domain/cases';
import { EnumChip } from '../common/enumFields';
import { useDateFormat } from '../common/format';
import { rememberQueue } from '../common/list/queue';
import { CASE_QUEUE_SORT } from '../cases/caseFilters';
import { casesPath } from './queues';

// Clamped rather than `noWrap`: a nowrap line would make the page as wide as the longest summary.
const ONE_LINE = { display: '-webkit-box', WebkitLineClamp: 1, WebkitBoxOrient: 'vertical', overflow: 'hidden' } as const;

interface CaseQueueCardProps {
  title: string;
  subheader?: string;
  filter: Record<string, unknown>;
  limit?: number;
}

/** The first cases of a filter by due date, each opening the case; "view all" opens the filtered list. */
export function CaseQueueCard({ title, subheader, filter, limit = 5 }: CaseQueueCardProps) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { dateTime } = useDateFormat();
  const { data, total, isPending } = useGetList<CaseRecord>('cases', {
    filter,
    pagination: { page: 1, perPage: limit },
    sort: CASE_QUEUE_SORT,
  });
  return (
    <Card sx={{ flex: '1 1 420px' }}>
      <CardHeader title={translate(title)} subheader={subheader && translate(subheader)} slotProps={{ title: { variant: 'h6' } }} />
      {isPending && <LinearProgress />}
      <List dense disablePadding>
        {data?.map((c) => (
          <RecordContextProvider key={c.id} value={c}>
            <ListItem disablePadding sx={{ borderTop: 1, borderColor: 'divider' }}>
              <ListItemButton
                component={Link}
                to={createPath({ resource: 'cases', type: 'show', id: c.id })}
                // "Next case" then walks this card's queue.
                onClick={() => rememberQueue('cases', { filter, sort: CASE_QUEUE_SORT, page: 1, perPage: limit, ids: data.map((r) => r.id) })}
              >
                <ListItemText
                  primary={
                    <>
                      #{c.id} · {c.summary}
                    </>
                  }
                  secondary={
                    <Box component="span" sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                      <ReferenceField source="merchantId" reference="merchants" link={false} />
                      <span>{translate('td.dashboard.due', { date: dateTime(c.dueAt) })}</span>
                    </Box>
                  }
                  slotProps={{ primary: { sx: ONE_LINE }, secondary: { component: 'span' } }}
                />
                <Box sx={{ display: 'flex', gap: 0.5, ml: 1 }}>
                  {c.overdue && <Chip size="small" color="error" label={translate('td.dashboard.overdueChip')} />}
                  <EnumChip namespace="severity" source="severity" />
                </Box>
              </ListItemButton>
            </ListItem>
          </RecordContextProvider>
        ))}
      </List>
      {!isPending && !data?.length && (
        <Typography variant="body2" color="text.secondary" sx={{ px: 2, pb: 2 }}>
          {translate('td.dashboard.noCases')}
        </Typography>
      )}
      {!!total && (
        <CardActions sx={{ justifyContent: 'flex-end' }}>
          <Button component={Link} to={casesPath(filter)} size="small">
            {translate('td.dashboard.viewAll')} ({total})
          </Button>
        </CardActions>
      )}
    </Card>
  );
}
