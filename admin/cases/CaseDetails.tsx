/** The head of a case page: what, who, when, and how it ended. */
import { Alert, AlertTitle, Box, Stack, Typography } from '@mui/material';
import { Labeled, SelectField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { CASE_SOURCES } from '../../domain/cases';
import { CaseStatusChip, OverdueChip, SeverityChip } from './chips';
import { CategoryField, DateTimeField, DueField, MerchantField, UserNameField, ViolationTypeField } from './fields';
import { enumChoices } from './inputs';
import type { CaseRecord } from './types';

const sourceChoices = enumChoices('source', CASE_SOURCES);

export function CaseDetails() {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack spacing={2}>
      <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
        <Typography variant="h5" component="h2" sx={{ mr: 1 }}>
          {translate('td.cases.title', { id: record.id })}
        </Typography>
        <CaseStatusChip />
        <SeverityChip />
        <OverdueChip />
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', sm: 'repeat(3, 1fr)' }, gap: 1 }}>
        <Labeled>
          <MerchantField source="merchantId" />
        </Labeled>
        <Labeled>
          <CategoryField source="categoryId" />
        </Labeled>
        <Labeled>
          <ViolationTypeField source="violationTypeId" />
        </Labeled>
        <Labeled>
          <SelectField source="source" choices={sourceChoices} />
        </Labeled>
        <Labeled>
          <TextField source="orderId" emptyText="—" />
        </Labeled>
        <Labeled>
          <UserNameField source="assigneeId" />
        </Labeled>
        <Labeled>
          <DateTimeField source="openedAt" />
        </Labeled>
        <Labeled source="dueAt">
          <DueField />
        </Labeled>
        <Labeled>
          <DateTimeField source="resolvedAt" />
        </Labeled>
      </Box>
      <Labeled source="summary" fullWidth>
        <Typography variant="body1" sx={{ whiteSpace: 'pre-wrap' }}>
          {record.summary}
        </Typography>
      </Labeled>
      {record.resolution && (
        <Alert severity={record.status === 'dismissed' ? 'info' : 'warning'} variant="outlined">
          <AlertTitle>{translate('resources.cases.fields.resolution')}</AlertTitle>
          <Box sx={{ whiteSpace: 'pre-wrap' }}>{record.resolution}</Box>
        </Alert>
      )}
    </Stack>
  );
}
