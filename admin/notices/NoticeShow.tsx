/**
 * A notice: its head and, while it waits for approval (or is being reworked), what changed since
 * the last approval; the public page as it reads (or will); the entries; and on the right its
 * steps from draft to publication.
 */
import { useState } from 'react';
import { Alert, Box, Card, CardContent, Chip, LinearProgress, Tab, Tabs } from '@mui/material';
import { Show, useRecordContext, useTranslate } from 'react-admin';
import type { NoticeRecord } from '../../domain/notices';
import { useDateFormat } from '../common/format';
import { Section } from '../common/Section';
import { NoticeShowActions } from './NoticeActions';
import { NoticeChanges } from './NoticeChanges';
import { NoticeEntryTable } from './NoticeEntryTable';
import { NoticePreview } from './NoticePreview';
import { NoticeProgress } from './NoticeProgress';
import { NoticeSummary } from './NoticeSummary';
import { useNoticeEntries } from './useNoticeEntries';

export default function NoticeShow() {
  return (
    <Show actions={<NoticeShowActions />} component="div">
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 3fr) minmax(0, 1fr)' }, gap: 2, alignItems: 'start' }}>
        <Box sx={{ display: 'grid', gap: 2, minWidth: 0 }}>
          <Section>
            <NoticeSummary />
          </Section>
          <ChangesSection />
          <PreviewAndEntries />
        </Box>
        <Section title="td.notices.sections.progress">
          <NoticeProgress />
        </Section>
      </Box>
    </Show>
  );
}

/** Shown while the text can still change or is being reviewed: afterwards what went out is what was approved. */
function ChangesSection() {
  const record = useRecordContext<NoticeRecord>();
  if (!record || !(record.status === 'in_review' || (record.status === 'draft' && record.lastApproved))) return null;
  return (
    <Section title="td.notices.sections.changes">
      <NoticeChanges />
    </Section>
  );
}

/** The public page (with its entry table as readers see it) and, one tab over, the entries as staff read them. */
function PreviewAndEntries() {
  const record = useRecordContext<NoticeRecord>();
  const translate = useTranslate();
  const { dateTime } = useDateFormat();
  const [tab, setTab] = useState<'preview' | 'entries'>('preview');
  const { entries, isPending, error, frozen } = useNoticeEntries(record?.penaltyIds ?? [], record?.entries);
  if (!record) return null;
  const entriesAre = !frozen
    ? translate('td.notices.live_entries')
    : record.publishedAt
      ? translate('td.notices.frozen_published', { date: dateTime(record.publishedAt) })
      : translate('td.notices.frozen_scheduled');
  return (
    <Card>
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', borderBottom: 1, borderColor: 'divider', pr: 2 }}>
        <Tabs value={tab} onChange={(_, value) => setTab(value)}>
          <Tab value="preview" label={translate('td.notices.sections.preview')} />
          <Tab value="entries" label={translate('td.notices.sections.entries', { smart_count: record.penaltyIds.length })} />
        </Tabs>
        <Chip size="small" variant="outlined" color={frozen ? 'default' : 'info'} label={entriesAre} />
      </Box>
      <CardContent>
        {isPending && <LinearProgress sx={{ mb: 1 }} />}
        {error && (
          <Alert severity="error" sx={{ mb: 1 }}>
            {error.message}
          </Alert>
        )}
        {tab === 'preview' ? <NoticePreview notice={record} entries={entries} /> : <NoticeEntryTable entries={entries} />}
      </CardContent>
    </Card>
  );
}
