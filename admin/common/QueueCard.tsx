/**
 * A dashboard card of the first records of a list (bans to approve, notices waiting, penalties not
 * yet announced): the count the server reports, each record opening its page, and "view all"
 * opening the list with the same filter and order.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Box, Button, Card, CardActions, CardHeader, LinearProgress, List, ListItem, ListItemButton, ListItemText, Typography } from '@mui/material';
import { RecordContextProvider, useCreatePath, useGetList, useTranslate, type RaRecord } from 'react-admin';

// Clamped rather than `noWrap`: a nowrap line would make the page as wide as the longest title.
const ONE_LINE = { display: '-webkit-box', WebkitLineClamp: 1, WebkitBoxOrient: 'vertical', overflow: 'hidden' } as const;

export interface QueueCardProps<T extends RaRecord> {
  resource: string;
  /** i18n keys. */
  title: string;
  subheader?: string;
  empty: string;
  icon?: (count: number) => ReactNode;
  filter: Record<string, unknown>;
  sort: { field: string; order: 'ASC' | 'DESC' };
  /** The list with the same filter and order. */
  viewAll: string;
  limit?: number;
  /** The count in red while there is any (work that waits on the reader). */
  urgent?: boolean;
  /** Rendered in the record's context: the line, what is under it, chips on the right. */
  primary: (record: T) => ReactNode;
  secondary?: (record: T) => ReactNode;
  aside?: (record: T) => ReactNode;
  /** Buttons beside "view all" (e.g. start a new record). */
  actions?: ReactNode;
}

export function QueueCard<T extends RaRecord>(props: QueueCardProps<T>) {
  const { resource, title, subheader, empty, icon, filter, sort, viewAll, limit = 5, urgent = false, primary, secondary, aside, actions } = props;
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { data = [], total = 0, isPending } = useGetList<T>(resource, { filter, sort, pagination: { page: 1, perPage: limit } });
  const alert = urgent && total > 0;
  return (
    <Card sx={{ flex: '1 1 420px', display: 'flex', flexDirection: 'column' }}>
      <CardHeader
        avatar={icon?.(total)}
        title={translate(title)}
        subheader={subheader && translate(subheader)}
        action={
          <Typography variant="h4" component="span" sx={{ px: 1, color: alert ? 'error.main' : 'text.secondary' }}>
            {isPending ? '…' : total}
          </Typography>
        }
        slotProps={{ title: { variant: 'h6', component: 'h2' } }}
      />
      {isPending && <LinearProgress />}
      <List dense disablePadding sx={{ flex: 1 }}>
        {data.map((record) => (
          <RecordContextProvider key={record.id} value={record}>
            <ListItem disablePadding sx={{ borderTop: 1, borderColor: 'divider' }}>
              <ListItemButton component={Link} to={createPath({ resource, type: 'show', id: record.id })}>
                <ListItemText
                  primary={primary(record)}
                  secondary={secondary?.(record)}
                  slotProps={{ primary: { component: 'span', sx: ONE_LINE }, secondary: { component: 'span' } }}
                />
                {aside && <Box sx={{ display: 'flex', gap: 0.5, ml: 1 }}>{aside(record)}</Box>}
              </ListItemButton>
            </ListItem>
          </RecordContextProvider>
        ))}
      </List>
      {!isPending && !data.length && (
        <Typography variant="body2" color="text.secondary" sx={{ px: 2, pb: 2 }}>
          {translate(empty)}
        </Typography>
      )}
      {(total > 0 || actions) && (
        <CardActions sx={{ justifyContent: 'flex-end' }}>
          {actions}
          {total > 0 && (
            <Button component={Link} to={viewAll} size="small">
              {translate('td.dashboard.viewAll')} ({total})
            </Button>
          )}
        </CardActions>
      )}
    </Card>
  );
}
