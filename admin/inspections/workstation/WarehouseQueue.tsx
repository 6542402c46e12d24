/**
 * The warehouse's day beside the desk: how many parcels wait at each stage (each opens the list),
 * and the work in progress, oldest first with its age, each opened on the desk with a click or Enter.
 */
import { useEffect, useState } from 'react';
import { Badge, Card, CardContent, CardHeader, List, ListItemButton, ListItemText, Skeleton, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { RecordContextProvider, useGetList, useTranslate } from 'react-admin';
import type { InspectionRecord, InspectionStatus } from '../../../domain/inspections';
import { EnumChip } from '../../common/enumFields';
import { ParcelCodeField } from '../fields';
import { ageLabel, ageSince } from './age';

const STAGES: InspectionStatus[] = ['awaiting_arrival', 'received', 'inspecting', 'passed', 'failed'];
const IN_PROGRESS: InspectionStatus[] = ['received', 'inspecting', 'passed', 'failed'];

const listPath = (status: InspectionStatus) => `/inspections?filter=${encodeURIComponent(JSON.stringify({ status }))}`;

/** The clock the ages are measured against, a minute at a time. */
function useMinuteClock() {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

export function TodaysQueue() {
  const translate = useTranslate();
  return (
    <Card>
      <CardHeader title={translate('td.workstation.queue')} subheader={translate('td.workstation.queue_hint')} titleTypographyProps={{ variant: 'h6' }} />
      <List dense disablePadding aria-label={translate('td.workstation.queue')}>
        {STAGES.map((status) => (
          <StageRow key={status} status={status} />
        ))}
      </List>
    </Card>
  );
}

function StageRow({ status }: { status: InspectionStatus }) {
  const translate = useTranslate();
  const { total, isPending } = useGetList('inspections', { filter: { status }, pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' } });
  return (
    <ListItemButton component={Link} to={listPath(status)} sx={{ px: 2 }}>
      <ListItemText primary={translate(`td.workstation.stage.${status}`)} />
      {isPending ? <Skeleton width={24} /> : <Badge badgeContent={total ?? 0} color={total ? 'primary' : 'default'} showZero max={999} sx={{ mr: 1 }} />}
    </ListItemButton>
  );
}

export function AgeingWork({ onOpen }: { onOpen: (inspectionId: number) => void }) {
  const translate = useTranslate();
  const now = useMinuteClock();
  const {
    data = [],
    total,
    isPending,
  } = useGetList<InspectionRecord>('inspections', {
    filter: { status: IN_PROGRESS },
    sort: { field: 'receivedAt', order: 'ASC' },
    pagination: { page: 1, perPage: 10 },
  });
  return (
    <Card>
      <CardHeader
        title={translate('td.workstation.ageing')}
        subheader={translate('td.workstation.ageing_hint', { smart_count: total ?? 0 })}
        titleTypographyProps={{ variant: 'h6' }}
      />
      {isPending && (
        <CardContent>
          <Skeleton variant="rounded" height={120} />
        </CardContent>
      )}
      {!isPending && !data.length && (
        <CardContent>
          <Typography variant="body2" color="text.secondary">
            {translate('td.workstation.ageing_none')}
          </Typography>
        </CardContent>
      )}
      <List dense disablePadding aria-label={translate('td.workstation.ageing')}>
        {data.map((i) => {
          const age = i.receivedAt ? ageSince(i.receivedAt, now) : null;
          const label = age && ageLabel(age);
          return (
            <RecordContextProvider key={i.id} value={i}>
              <ListItemButton onClick={() => onOpen(i.id)} sx={{ px: 2, gap: 1 }}>
                <ListItemText
                  primary={<ParcelCodeField />}
                  secondary={<EnumChip namespace="inspectionStatus" source="status" />}
                  slotProps={{ secondary: { component: 'div' } }}
                />
                {label && (
                  <Typography
                    variant="body2"
                    sx={{
                      whiteSpace: 'nowrap',
                      fontWeight: 500,
                      color: age.level === 'overdue' ? 'error.main' : age.level === 'late' ? 'warning.main' : 'text.secondary',
                    }}
                  >
                    {translate(label.key, label.args)}
                  </Typography>
                )}
              </ListItemButton>
            </RecordContextProvider>
          );
        })}
      </List>
    </Card>
  );
}
