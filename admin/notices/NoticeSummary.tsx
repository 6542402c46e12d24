/**
 * The head of a notice's page: title and status, what it covers, who wrote it, where the public
 * reads it (or will, once scheduled), a retraction, the notice it corrects or that corrects it,
 * and what it waits for.
 */
import OpenIcon from '@mui/icons-material/OpenInNew';
import { Alert, Box, Button, Chip, Stack, Typography } from '@mui/material';
import { Labeled, Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { moveRefusal, PUBLIC_NOTICE_STATUSES, type NoticeRecord } from '../../domain/notices';
import { DateTimeField } from '../common/DateTimeField';
import { DecisionAlert } from '../common/DecisionAlert';
import { EnumChip } from '../common/enumFields';
import { CategoryField, UserNameField } from '../common/fields';
import { useDateFormat } from '../common/format';
import { useActor } from '../common/useActor';
import { useLinkedNotices } from './useLinkedNotices';

export function NoticeSummary() {
  const record = useRecordContext<NoticeRecord>();
  const translate = useTranslate();
  const { date } = useDateFormat();
  if (!record) return null;
  return (
    <Stack spacing={2}>
      <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
        <Typography variant="h5" component="h2" sx={{ mr: 1 }}>
          {record.title}
        </Typography>
        <EnumChip namespace="noticeStatus" source="status" />
        {record.correctsId != null && <Chip size="small" variant="outlined" label={translate('td.notices.correction')} />}
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', sm: 'repeat(3, 1fr)' }, gap: 1 }}>
        <Labeled source="categoryId">
          {record.categoryId == null ? <Typography variant="body2">{translate('td.notices.all_categories')}</Typography> : <CategoryField />}
        </Labeled>
        <Labeled source="periodStart" label="td.notices.period">
          <Typography variant="body2">{translate('td.notices.period_value', { from: date(record.periodStart), to: date(record.periodEnd) })}</Typography>
        </Labeled>
        <Labeled source="penaltyIds" label="td.notices.entry_count">
          <Typography variant="body2">{record.penaltyIds.length}</Typography>
        </Labeled>
        <Labeled source="authorId">
          <UserNameField source="authorId" />
        </Labeled>
        <Labeled source="updatedAt">
          <DateTimeField source="updatedAt" />
        </Labeled>
        <Labeled source="slug">
          <Typography variant="body2" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
            /notices/{record.slug}
          </Typography>
        </Labeled>
      </Box>
      <PublicAddress />
      {record.status === 'retracted' && (
        <DecisionAlert severity="warning" title="td.notices.retracted_banner" by="retractedById" at="retractedAt" note={record.retractionReason} />
      )}
      <Links />
      <Waiting />
    </Stack>
  );
}

/** Published or retracted: the public page; scheduled: when it goes there. */
function PublicAddress() {
  const record = useRecordContext<NoticeRecord>();
  const translate = useTranslate();
  const { dateTime } = useDateFormat();
  if (!record) return null;
  if (record.status === 'scheduled' && record.publishAt)
    return <Alert severity="info">{translate('td.notices.scheduled_for', { date: dateTime(record.publishAt), path: `/notices/${record.slug}` })}</Alert>;
  if (!PUBLIC_NOTICE_STATUSES.includes(record.status)) return null;
  return (
    <Box>
      <Button variant="outlined" size="small" href={`/notices/${record.slug}`} target="_blank" rel="noopener" endIcon={<OpenIcon />}>
        {translate('td.notices.open_public')}
      </Button>
    </Box>
  );
}

/** The notice this one corrects, and its correction. */
function Links() {
  const record = useRecordContext<NoticeRecord>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { corrects, correctedBy } = useLinkedNotices(record);
  if (!record || (!corrects && !correctedBy)) return null;
  const link = (n: NoticeRecord, key: string) => (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
      <Typography variant="body2">{translate(key)}</Typography>
      <Link to={createPath({ resource: 'notices', type: 'show', id: n.id })}>{n.title}</Link>
      <EnumChip namespace="noticeStatus" value={n.status} />
    </Box>
  );
  return (
    <Stack spacing={0.5}>
      {corrects && link(corrects, 'td.notices.corrects')}
      {record.correctionReason && (
        <Typography variant="body2" color="text.secondary">
          {translate('td.notices.correction_reason', { reason: record.correctionReason })}
        </Typography>
      )}
      {correctedBy && link(correctedBy, 'td.notices.corrected_by')}
    </Stack>
  );
}

/** In review: whose move it is (the author never approves their own). */
function Waiting() {
  const record = useRecordContext<NoticeRecord>();
  const actor = useActor();
  const translate = useTranslate();
  if (record?.status !== 'in_review' || !actor) return null;
  const refusal = moveRefusal(actor, record, 'approve');
  const key = refusal === 'own_notice' ? 'own' : refusal === null ? 'yours' : 'others';
  return <Alert severity="info">{translate(`td.notices.waiting.${key}`)}</Alert>;
}
