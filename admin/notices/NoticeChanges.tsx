/**
 * The manager's approval view: what changed since the version last approved (a notice withdrawn
 * and edited, or a correction of a published one). Title, category and period before → after, the
 * body line by line, and the entries added (green), removed (red, struck out) or changed.
 */
import type { ReactNode } from 'react';
import { Alert, Box, LinearProgress, Stack, Typography } from '@mui/material';
import { RecordContextProvider, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { NoticeRecord } from '../../domain/notices';
import { penaltyText, type NoticeLang } from '../../domain/notice-text';
import { CategoryField, UserNameField } from '../common/fields';
import { useDateFormat } from '../common/format';
import { DIFF_BACKGROUND, LineDiffView } from '../common/LineDiffView';
import { diffNotice, type EntryChange } from './noticeDiff';
import { NoticeEntryTable } from './NoticeEntryTable';
import { useNoticeEntries } from './useNoticeEntries';

export function NoticeChanges() {
  const record = useRecordContext<NoticeRecord>();
  const translate = useTranslate();
  const { dateTime, date } = useDateFormat();
  const { entries, isPending, error } = useNoticeEntries(record?.penaltyIds ?? [], record?.entries);
  if (!record) return null;
  const approved = record.lastApproved;
  if (!approved) return <Alert severity="info">{translate('td.notices.diff.first_review')}</Alert>;
  if (isPending) return <LinearProgress />;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  const diff = diffNotice(approved, record, entries);
  const { added, removed, changed } = diff.entries;
  const category = (id: number | null) =>
    id == null ? (
      translate('td.notices.all_categories')
    ) : (
      <RecordContextProvider value={{ id: 0, categoryId: id }}>
        <CategoryField />
      </RecordContextProvider>
    );
  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary" component="div" sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
        {translate('td.notices.diff.against', { date: dateTime(approved.approvedAt) })}
        <RecordContextProvider value={{ id: 0, approvedById: approved.approvedById }}>
          <UserNameField source="approvedById" />
        </RecordContextProvider>
      </Typography>
      {diff.unchanged && <Alert severity="success">{translate('td.notices.diff.unchanged')}</Alert>}
      {diff.title && <BeforeAfter label="resources.notices.fields.title" before={diff.title.before} after={diff.title.after} />}
      {diff.categoryId && (
        <BeforeAfter label="resources.notices.fields.categoryId" before={category(diff.categoryId.before)} after={category(diff.categoryId.after)} />
      )}
      {diff.period && (
        <BeforeAfter
          label="td.notices.period"
          before={translate('td.notices.period_value', { from: date(diff.period.before.start), to: date(diff.period.before.end) })}
          after={translate('td.notices.period_value', { from: date(diff.period.after.start), to: date(diff.period.after.end) })}
        />
      )}
      {diff.bodyChanged && (
        <Changed label="resources.notices.fields.body">
          <LineDiffView lines={diff.body} />
        </Changed>
      )}
      {added.length > 0 && (
        <Changed label="td.notices.diff.added" count={added.length}>
          <NoticeEntryTable entries={added} tone="added" />
        </Changed>
      )}
      {removed.length > 0 && (
        <Changed label="td.notices.diff.removed" count={removed.length}>
          <NoticeEntryTable entries={removed} tone="removed" />
        </Changed>
      )}
      {changed.length > 0 && (
        <Changed label="td.notices.diff.changed" count={changed.length}>
          <ChangedEntries changes={changed} />
        </Changed>
      )}
      {!diff.unchanged && diff.entries.kept > 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('td.notices.diff.kept', { smart_count: diff.entries.kept })}
        </Typography>
      )}
    </Stack>
  );
}

function Changed({ label, count, children }: { label: string; count?: number; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
        {translate(label, { smart_count: count ?? 1 })}
      </Typography>
      {children}
    </Box>
  );
}

function BeforeAfter({ label, before, after }: { label: string; before: ReactNode; after: ReactNode }) {
  const cell = (bg: string, content: ReactNode) => (
    <Box sx={{ bgcolor: bg, px: 1, py: 0.5, borderRadius: 0.5, overflowWrap: 'anywhere' }}>
      <Typography variant="body2" component="div">
        {content}
      </Typography>
    </Box>
  );
  return (
    <Changed label={label}>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 1 }}>
        {cell(DIFF_BACKGROUND.removed, <s>{before}</s>)}
        {cell(DIFF_BACKGROUND.added, after)}
      </Box>
    </Changed>
  );
}

/** Same penalty, read differently now (its type, dates or the merchant's nickname changed). */
function ChangedEntries({ changes }: { changes: EntryChange[] }) {
  const [locale] = useLocaleState();
  const lang: NoticeLang = locale.startsWith('zh') ? 'zh' : 'en';
  return (
    <Stack spacing={0.5}>
      {changes.map(({ before, after }) => (
        <Typography key={after.penaltyId} variant="body2">
          #{after.penaltyId} <s>{`${before.merchantNickname}: ${penaltyText(before, lang)}`}</s> → {`${after.merchantNickname}: ${penaltyText(after, lang)}`}
        </Typography>
      ))}
    </Stack>
  );
}
