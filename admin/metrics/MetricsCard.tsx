/**
 * A titled card around one chart or table of metrics: the CSV of its section, a progress bar
 * while it loads (the previous chart stays meanwhile), the server's message with a retry when it
 * fails, and a sentence instead of an empty chart when the range holds nothing.
 */
import type { ReactNode } from 'react';
import { Alert, Box, Button, Card, CardContent, CardHeader, LinearProgress, Skeleton, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { MetricsCsvButton } from './MetricsCsvButton';
import type { MetricsParams } from '../providers/dataProvider';

export interface MetricsState {
  isPending: boolean;
  isFetching?: boolean;
  error?: Error | null;
  refetch?: () => unknown;
}

interface MetricsCardProps {
  title: string;
  subheader?: ReactNode;
  state: MetricsState;
  /** No data to draw: the card says so (an i18n key). */
  empty?: string | false;
  /** The CSV export of the section the card draws. */
  csv?: { section: string; params: MetricsParams };
  height?: number;
  flex?: string;
  children: ReactNode;
}

export function MetricsCard({ title, subheader, state, empty, csv, height = 280, flex = '1 1 520px', children }: MetricsCardProps) {
  const translate = useTranslate();
  const body = state.error ? (
    <Alert
      severity="error"
      action={
        state.refetch && (
          <Button color="inherit" size="small" onClick={() => state.refetch?.()}>
            {translate('td.common.reload')}
          </Button>
        )
      }
    >
      {translate('td.metrics.load_failed', { message: state.error.message })}
    </Alert>
  ) : state.isPending ? (
    <Skeleton variant="rounded" height={height} />
  ) : empty ? (
    <Box sx={{ height, display: 'flex', alignItems: 'center', justifyContent: 'center', textAlign: 'center', px: 2 }}>
      <Typography color="text.secondary">{translate(empty)}</Typography>
    </Box>
  ) : (
    children
  );
  return (
    <Card component="section" aria-label={translate(title)} sx={{ flex, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
      <CardHeader
        title={translate(title)}
        subheader={subheader}
        action={csv && <MetricsCsvButton section={csv.section} params={csv.params} />}
        slotProps={{ title: { variant: 'h6', component: 'h2' }, subheader: { variant: 'body2' } }}
        sx={{ pb: 0, '& .MuiCardHeader-action': { alignSelf: 'center' } }}
      />
      <Box sx={{ height: 4 }}>{state.isFetching && !state.isPending && <LinearProgress />}</Box>
      <CardContent sx={{ pt: 1, flex: 1, minWidth: 0 }}>{body}</CardContent>
    </Card>
  );
}
