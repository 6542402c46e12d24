/**
 * The activity feed of case events: for one case (filter `{ caseId }`) or across a merchant's
 * cases (filter `{ merchantId }`, with `showCase` linking each event to its case).
 */
import { Alert, Avatar, Box, List, ListItem, ListItemAvatar, ListItemText, Skeleton, Typography } from '@mui/material';
import { Link, useCreatePath, useGetList, useGetMany, useTranslate } from 'react-admin';
import type { CaseEventRecord } from '../../../domain/cases';
import type { UserRecord } from '../../../domain/staff';
import { EnumChip } from '../../common/enumFields';
import { useDateFormat } from '../../common/format';
import { Quote } from '../../common/Quote';
import { describeEvent, quotesNote, type NameOf } from './describeEvent';
import { EVENT_STYLE } from './eventStyle';

interface CaseTimelineProps {
  filter: Record<string, unknown>;
  order?: 'ASC' | 'DESC';
  /** How many events to show; the header says when there are more. */
  limit?: number;
  showCase?: boolean;
}

export function CaseTimeline({ filter, order = 'ASC', limit = 200, showCase = false }: CaseTimelineProps) {
  const translate = useTranslate();
  const {
    data: events = [],
    total = 0,
    isPending,
    error,
  } = useGetList<CaseEventRecord>('case-events', {
    filter,
    sort: { field: 'at', order },
    pagination: { page: 1, perPage: limit },
  });
  // Actors and assignees, from the staff directory.
  const userIds = [...new Set(events.flatMap((e) => [e.actorId, e.data?.assigneeId].filter((id): id is number => id != null)))];
  const { data: users = [] } = useGetMany<UserRecord>('users', { ids: userIds }, { enabled: userIds.length > 0 });
  const nameOf: NameOf = (id) => users.find((u) => u.id === id)?.name;

  if (isPending) return <Skeleton variant="rounded" height={120} />;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (!events.length)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('td.cases.timeline.empty')}
      </Typography>
    );
  return (
    <>
      {total > events.length && (
        <Typography variant="caption" color="text.secondary">
          {translate('td.cases.timeline.latest', { shown: events.length, smart_count: total })}
        </Typography>
      )}
      <List dense disablePadding>
        {events.map((event) => (
          <TimelineItem key={event.id} event={event} nameOf={nameOf} showCase={showCase} />
        ))}
      </List>
    </>
  );
}

function TimelineItem({ event, nameOf, showCase }: { event: CaseEventRecord; nameOf: NameOf; showCase: boolean }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { dateTime } = useDateFormat();
  const { icon: Icon, colour } = EVENT_STYLE[event.kind] ?? EVENT_STYLE.note;
  const actor = nameOf(event.actorId) ?? translate('td.cases.timeline.system');
  const penaltyId = event.data?.penaltyId;
  return (
    <ListItem alignItems="flex-start" disableGutters>
      <ListItemAvatar>
        <Avatar sx={{ bgcolor: colour, width: 32, height: 32 }}>
          <Icon fontSize="small" />
        </Avatar>
      </ListItemAvatar>
      <ListItemText
        disableTypography
        primary={
          <Typography variant="body2" component="div">
            {showCase && (
              <Link to={createPath({ resource: 'cases', id: event.caseId, type: 'show' })} sx={{ mr: 0.5, fontWeight: 500 }}>
                #{event.caseId}
              </Link>
            )}
            {describeEvent(event, actor, nameOf, translate)}
            {penaltyId != null && (
              <Link to={createPath({ resource: 'penalties', id: penaltyId, type: 'show' })} sx={{ ml: 0.5 }}>
                {translate('td.penalties.title', { id: penaltyId })}
              </Link>
            )}
            {event.from && event.to && (
              <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, ml: 1, verticalAlign: 'middle' }}>
                <EnumChip namespace="caseStatus" value={event.from} /> → <EnumChip namespace="caseStatus" value={event.to} />
              </Box>
            )}
          </Typography>
        }
        secondary={
          <>
            <Typography variant="caption" color="text.secondary" component="div">
              {translate(`td.caseEventKind.${event.kind}`, { _: event.kind })} · {dateTime(event.at)}
            </Typography>
            {quotesNote(event) && <Quote>{event.note!}</Quote>}
          </>
        }
      />
    </ListItem>
  );
}
