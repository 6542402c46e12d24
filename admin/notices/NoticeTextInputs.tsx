/** The editor's text and scope: title, public address, category, period and the Markdown body. */
import { Alert, Box } from '@mui/material';
import { DateInput, TextInput, maxLength, required, useRecordContext, useTranslate } from 'react-admin';
import { dayOf, isValidSlug, MAX_SLUG_LENGTH, type NoticeRecord } from '../../domain/notices';
import { CategoryInput } from '../common/inputs';

const slugFormat = (value: string | undefined) =>
  isValidSlug((value ?? '').trim()) ? undefined : { message: 'td.errors.notices.slug_format', args: { max: MAX_SLUG_LENGTH } };

/** Periods are whole UTC days: shown as the day they name, whatever the browser's time zone. */
const asDay = (value: string | null | undefined) => (value ? dayOf(value) : '');

export function NoticeTextInputs() {
  return (
    <>
      <SentBackNote />
      <TextInput source="title" validate={[required(), maxLength(200)]} fullWidth />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2 }}>
        <TextInput source="slug" validate={[required(), slugFormat]} helperText="td.notices.editor.slug_hint" />
        <CategoryInput source="categoryId" emptyText="td.notices.all_categories" helperText={false} />
        <DateInput source="periodStart" format={asDay} validate={required()} />
        <DateInput source="periodEnd" format={asDay} validate={required()} />
      </Box>
      <TextInput
        source="body"
        multiline
        minRows={12}
        fullWidth
        helperText="td.notices.editor.body_hint"
        sx={{ '& textarea': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', fontSize: 14, lineHeight: 1.5 } }}
      />
    </>
  );
}

/** Sent back, or withdrawn after review: what the manager asked to change stays in sight while editing. */
function SentBackNote() {
  const record = useRecordContext<NoticeRecord>();
  const translate = useTranslate();
  if (!record?.reviewNote || !record.submittedAt) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }}>
      <strong>{translate('td.notices.editor.review_note')}</strong> {record.reviewNote}
    </Alert>
  );
}
