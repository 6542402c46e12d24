/** The head of a case page: what, who, when, and how it ended. */
import { Alert, AlertTitle, Box, Stack, Typography } from '@mui/material';
import { Labeled, TextField, useRecordContext, useTranslate } from 'react-admin';
import type { CaseRecord } from '../../domain/cases';
import { DateTimeField } from '../common/DateTimeField';
import { EnumChip, EnumTextField } from '../common/enumFields';
import { CategoryField, MerchantField, UserNameField, ViolationTypeField } from '../common/fields';
import { DueField, OverdueChip } from './fields';

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
        <EnumChip namespace="caseStatus" source="status" />
        <EnumChip namespace="severity" source="severity" />
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
          <EnumTextField namespace="source" source="source" />
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
