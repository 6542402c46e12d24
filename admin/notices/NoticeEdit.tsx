/**
 * The editor: text, scope and entries on the left, the public page as it will read on the right
 * (below on narrow screens), following every keystroke. Saving sends what changed with the version
 * read; a stale version (someone saved in between) is a 409 shown in the reader's language.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Box, Button as MuiButton, Card, CardContent, LinearProgress } from '@mui/material';
import { DeleteButton, Form, SaveButton, ShowButton, Toolbar, TopToolbar, useCreatePath, useRecordContext, useSaveContext, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { isEditable, type NoticeRecord } from '../../domain/notices';
import { PessimisticEdit } from '../common/forms';
import { Section } from '../common/Section';
import { StaleVersionAlert } from '../common/StaleVersionAlert';
import { useServerMessageOnSave } from '../common/useServerMessageOnSave';
import { EntriesEditor } from './EntriesEditor';
import { NoticePreview, type PreviewNotice } from './NoticePreview';
import { noticeUpdateBody } from './noticePayload';
import { NoticeTextInputs } from './NoticeTextInputs';
import { useNoticeEntries } from './useNoticeEntries';

const toUpdateBody = (data: NoticeRecord, options?: { previousData: NoticeRecord }) => noticeUpdateBody(data, options?.previousData ?? data);

export default function NoticeEdit() {
  const { onError, withMessage } = useServerMessageOnSave();
  return (
    <PessimisticEdit component="div" redirect={false} transform={toUpdateBody} actions={<EditorActions />} mutationOptions={{ onError }}>
      <DraftsOnly>
        <EditorForm withMessage={withMessage} />
      </DraftsOnly>
    </PessimisticEdit>
  );
}

/** A refused save names the server's reason (a stale version: someone saved in between). */
function EditorForm({ withMessage }: { withMessage: ReturnType<typeof useServerMessageOnSave>['withMessage'] }) {
  const { save } = useSaveContext();
  return (
    <Form warnWhenUnsavedChanges onSubmit={async (values: Record<string, unknown>) => withMessage(await save?.(values))}>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) minmax(0, 1fr)' }, gap: 2, alignItems: 'start' }}>
        <Box sx={{ display: 'grid', gap: 2 }}>
          <Card>
            <CardContent>
              <StaleVersionAlert />
              <NoticeTextInputs />
            </CardContent>
            <Toolbar>
              <SaveButton />
              <DeleteButton mutationMode="pessimistic" redirect="list" sx={{ ml: 'auto' }} />
            </Toolbar>
          </Card>
          <EntriesEditor />
        </Box>
        {/* Beside the form on wide screens, scrolling on its own, so the page stays in sight while typing. */}
        <Box sx={{ position: { lg: 'sticky' }, top: { lg: 72 }, maxHeight: { lg: 'calc(100vh - 88px)' }, overflowY: { lg: 'auto' }, borderRadius: 1 }}>
          <Section title="td.notices.sections.preview">
            <LivePreview />
          </Section>
        </Box>
      </Box>
    </Form>
  );
}

const EditorActions = () => (
  <TopToolbar>
    <ShowButton />
  </TopToolbar>
);

/** The preview of what the form holds now, unsaved changes included. */
function LivePreview() {
  const record = useRecordContext<NoticeRecord>();
  const values = useWatch() as NoticeRecord;
  const { entries } = useNoticeEntries(values.penaltyIds ?? []);
  if (!record) return null;
  const notice: PreviewNotice = { ...record, ...values, categoryId: values.categoryId || null };
  return <NoticePreview notice={notice} entries={entries} />;
}

/** Text and entries change only in draft: anything further along says so, and how to get it back. */
function DraftsOnly({ children }: { children: ReactNode }) {
  const record = useRecordContext<NoticeRecord>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  // A record seen in a list first comes without its detail fields; the form waits for the full one,
  // which would otherwise reset it under the first keystrokes.
  if (!record || !('lastApproved' in record)) return <LinearProgress />;
  if (isEditable(record)) return children;
  return (
    <Alert
      severity="info"
      action={
        <MuiButton component={Link} to={createPath({ resource: 'notices', type: 'show', id: record.id })} color="inherit" size="small">
          {translate('td.notices.editor.open_notice')}
        </MuiButton>
      }
    >
      {translate('td.notices.editor.not_editable', { status: translate(`td.noticeStatus.${record.status}`) })}
    </Alert>
  );
}
