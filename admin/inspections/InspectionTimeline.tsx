/**
 * An inspection's append-only log, oldest first. Each event's public message (what the buyer's
 * tracking page shows) and internal note (staff only) are kept visibly apart: a globe for the
 * buyer's words, a padlock for the staff's.
 */
import { Alert, Avatar, Box, List, ListItem, ListItemAvatar, Skeleton, Typography } from '@mui/material';
import PublicIcon from '@mui/icons-material/Public';
import LockIcon from '@mui/icons-material/LockOutlined';
import { useGetList, useGetMany, useTranslate } from 'react-admin';
import type { InspectionEventRecord } from '../../domain/inspections';
import type { UserRecord } from '../../domain/staff';
import { EnumChip } from '../common/enumFields';
import { useDateFormat } from '../common/format';
import { EVENT_ICON } from './eventIcons';
import { CaseOpenedLink, useGramsLabel, useMaterialLabel, useViolationTypeName } from './fields';

export function InspectionTimeline({ inspectionId }: { inspectionId: number }) {
  const translate = useTranslate();
  const {
    data: events = [],
    isPending,
    error,
  } = useGetList<InspectionEventRecord>('inspection-events', {
    filter: { inspectionId },
    sort: { field: 'at', order: 'ASC' },
    pagination: { page: 1, perPage: 100 },
  });
  const actorIds = [...new Set(events.map((e) => e.actorId).filter((id): id is number => id != null))];
  const { data: users = [] } = useGetMany<UserRecord>('users', { ids: actorIds }, { enabled: actorIds.length > 0 });
  if (isPending) return <Skeleton variant="rounded" height={120} />;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (!events.length) return <Typography color="text.secondary">{translate('td.inspections.timeline.empty')}</Typography>;
  return (
    <List dense disablePadding aria-label={translate('td.inspections.sections.timeline')}>
      {events.map((e) => (
        <TimelineItem key={e.id} event={e} actor={users.find((u) => u.id === e.actorId)?.name ?? translate('td.inspections.timeline.system')} />
      ))}
    </List>
  );
}

function TimelineItem({ event, actor }: { event: InspectionEventRecord; actor: string }) {
  const translate = useTranslate();
  const { dateTime } = useDateFormat();
  const Icon = EVENT_ICON[event.kind];
  return (
    <ListItem alignItems="flex-start" disableGutters data-event-kind={event.kind}>
      <ListItemAvatar>
        <Avatar sx={{ bgcolor: event.to === 'failed' ? 'error.main' : event.to === 'passed' ? 'success.main' : 'primary.main', width: 32, height: 32 }}>
          <Icon fontSize="small" />
        </Avatar>
      </ListItemAvatar>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
          <Typography variant="body2" sx={{ fontWeight: 500 }}>
            {translate(`td.inspections.timeline.${event.kind}`, { actor })}
          </Typography>
          <EnumChip namespace="inspectionStatus" value={event.to} />
        </Box>
        <Typography variant="caption" color="text.secondary" component="div">
          {dateTime(event.at)}
        </Typography>
        <EventFacts event={event} />
        {event.publicMessage && <Note kind="public" text={event.publicMessage} />}
        {event.internalNote && <Note kind="internal" text={event.internalNote} />}
      </Box>
    </ListItem>
  );
}

/** The measurements, certificate, seal and case an event recorded. */
function EventFacts({ event }: { event: InspectionEventRecord }) {
  const translate = useTranslate();
  const material = useMaterialLabel();
  const grams = useGramsLabel();
  const reasonName = useViolationTypeName();
  const d = event.data;
  if (!d) return null;
  const facts: string[] = [];
  if (d.measuredMaterial) facts.push(`${material(d.measuredMaterial)}, ${grams(d.measuredWeightGrams)}`);
  if (d.certificateNo) facts.push(translate('td.inspections.timeline.certificate', { no: d.certificateNo }));
  if (d.failureReason) facts.push(reasonName(d.failureReason));
  if (d.sealNo) facts.push(translate('td.inspections.timeline.seal', { no: d.sealNo }));
  if (d.photoIds?.length) facts.push(translate('td.inspections.timeline.photos', { smart_count: d.photoIds.length }));
  return (
    <Typography variant="body2" sx={{ mt: 0.5 }}>
      {facts.join(' · ')}
      {d.caseId != null && (
        <>
          {facts.length > 0 && ' · '}
          <CaseOpenedLink id={d.caseId} />
        </>
      )}
    </Typography>
  );
}

/** The buyer's message and the staff's note never look alike. */
export function Note({ kind, text }: { kind: 'public' | 'internal'; text: string }) {
  const translate = useTranslate();
  const isPublic = kind === 'public';
  const Icon = isPublic ? PublicIcon : LockIcon;
  return (
    <Box
      data-note={kind}
      sx={{
        mt: 0.75,
        p: 1,
        borderRadius: 1,
        borderLeft: 3,
        borderColor: isPublic ? 'info.main' : 'warning.main',
        bgcolor: isPublic ? 'rgba(2, 136, 209, 0.06)' : 'rgba(237, 108, 2, 0.08)',
      }}
    >
      <Typography variant="caption" sx={{ display: 'flex', alignItems: 'center', gap: 0.5, fontWeight: 500, color: isPublic ? 'info.main' : 'warning.dark' }}>
        <Icon sx={{ fontSize: 14 }} />
        {translate(isPublic ? 'td.inspections.notes.public' : 'td.inspections.notes.internal')}
      </Typography>
      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {text}
      </Typography>
    </Box>
  );
}
