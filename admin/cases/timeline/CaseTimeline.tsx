/**
 * The activity feed of case events: for one case (filter `{ caseId }`) or across a merchant's
 * cases (filter `{ merchantId }`, with `showCase` linking each event to its case).
 */
import { Alert, Avatar, Box, List, ListItem, ListItemAvatar, ListItemText, Skeleton, Typography } from '@mui/material';
import { Link, useCreatePath, useGetList, useGetMany, useLocaleState, useTranslate } from 'react-admin';
import { CaseStatusChip } from './chips';
import { formatDateTime } from '../common/format';
import { EVENT_STYLE } from './eventStyle';
import { Quote } from './Quote';
import type { CaseEvent } from './types';

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
  } = useGetList<CaseEvent>('case-events', {
    filter,
    sort: { field: 'at', order },
    pagination: { page: 1, perPage: limit },
  });
  const actorIds = [...new Set(events.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
  const { data: actors = [] } = useGetMany('users', { ids: actorIds }, { enabled: actorIds.length > 0 });
  const actorName = (id: number | null) => actors.find((u) => u.id === id)?.name ?? translate('td.cases.timeline.system');

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
          <TimelineItem key={event.id} event={event} actor={actorName(event.actorId)} showCase={showCase} />
        ))}
      </List>
    </>
  );
}

function TimelineItem({ event, actor, showCase }: { event: CaseEvent; actor: string; showCase: boolean }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [locale] = useLocaleState();
  const { icon: Icon, colour } = EVENT_STYLE[event.kind] ?? EVENT_STYLE.note;
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
            {describeEvent(event, actor, translate)}
            {event.from && event.to && (
              <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, ml: 1, verticalAlign: 'middle' }}>
                <CaseStatusChip value={event.from} /> → <CaseStatusChip value={event.to} />
              </Box>
            )}
          </Typography>
        }
        secondary={
          <>
            <Typography variant="caption" color="text.secondary" component="div">
              {translate(`td.caseEventKind.${event.kind}`, { _: event.kind })} · {formatDateTime(event.at, locale)}
            </Typography>
            {event.note && NOTE_KINDS.includes(event.kind) && <Quote>{event.note}</Quote>}
          </>
        }
      />
    </ListItem>
  );
}

/** Events whose note is free text worth quoting (for the others it names a source, a person or fields). */
const NOTE_KINDS: CaseEvent['kind'][] = ['note', 'status'];

function describeEvent(e: CaseEvent, actor: string, translate: ReturnType<typeof useTranslate>): string {
  const args: Record<string, unknown> = { actor, name: e.note ?? '' };
  if (e.kind === 'opened' && e.note) args.source = translate(`td.source.${e.note}`, { _: e.note });
  if (e.kind === 'edited')
    args.fields = (e.note ?? '')
      .split(',')
      .map((f) => translate(`resources.cases.fields.${f.trim()}`, { _: f.trim() }))
      .join(', ');
  return translate(messageKey(e), { ...args, _: translate('td.cases.timeline.status', args) });
}

/** One sentence per kind; status changes by their target, an opening with or without its source. */
function messageKey(e: CaseEvent): string {
  if (e.kind === 'status') return `td.cases.timeline.status_${e.to}`;
  if (e.kind === 'opened' && !e.note) return 'td.cases.timeline.opened_plain';
  return `td.cases.timeline.${e.kind}`;
}
