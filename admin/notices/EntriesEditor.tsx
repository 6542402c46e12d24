/**
 * The draft's entries: the table as the penalties read now, each row removable, and penalties to
 * add. Only `penaltyIds` is edited; the table and the preview follow it before anything is saved.
 */
import { useState } from 'react';
import AddIcon from '@mui/icons-material/PlaylistAdd';
import { Alert, LinearProgress } from '@mui/material';
import { Button, useInput, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { Section } from '../common/Section';
import { AddPenaltiesDialog, type NoticeScopeValues } from './AddPenaltiesDialog';
import { NoticeEntryTable } from './NoticeEntryTable';
import { useNoticeEntries } from './useNoticeEntries';

export function EntriesEditor() {
  const translate = useTranslate();
  const { field } = useInput<number[]>({ source: 'penaltyIds' });
  const ids: number[] = field.value ?? [];
  const [categoryId, periodStart, periodEnd] = useWatch({ name: ['categoryId', 'periodStart', 'periodEnd'] });
  const scope: NoticeScopeValues = { categoryId, periodStart: periodStart ?? '', periodEnd: periodEnd ?? '' };
  const [adding, setAdding] = useState(false);
  const { entries, isPending, error } = useNoticeEntries(ids);
  const setIds = (next: number[]) => field.onChange(next);
  return (
    <Section
      title="td.notices.sections.entries"
      titleArgs={{ smart_count: ids.length }}
      action={<Button label="td.notices.add.open" onClick={() => setAdding(true)} startIcon={<AddIcon />} />}
    >
      {isPending && <LinearProgress sx={{ mb: 1 }} />}
      {error && (
        <Alert severity="error" sx={{ mb: 1 }}>
          {error.message}
        </Alert>
      )}
      {ids.length ? (
        <NoticeEntryTable entries={entries} onRemove={(id) => setIds(ids.filter((x) => x !== id))} />
      ) : (
        <Alert severity="warning">{translate('td.notices.editor.no_entries')}</Alert>
      )}
      <AddPenaltiesDialog
        open={adding}
        scope={scope}
        listed={ids}
        onClose={() => setAdding(false)}
        onAdd={(more) => setIds([...ids, ...more.filter((id) => !ids.includes(id))])}
      />
    </Section>
  );
}
