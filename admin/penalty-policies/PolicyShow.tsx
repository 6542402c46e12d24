/** A policy version: its windows, the escalation ladder, the points per violation type (direct bans marked). */
import { Box, Stack, Typography } from '@mui/material';
import { Labeled, NumberField, TextField, useRecordContext, useTranslate } from 'react-admin';
import type { PolicyRecord } from '../../domain/policy';
import { DateTimeField } from '../common/DateTimeField';
import { UserNameField } from '../common/fields';
import { Section } from '../common/Section';
import { LadderTable, PointsTable } from './PolicyTables';
import { PolicyVersionField } from './PolicyVersionField';
import { GuardedShow } from '../common/GuardedShow';

export default function PolicyShow() {
  return (
    <GuardedShow component="div">
      <PolicyPage />
    </GuardedShow>
  );
}

function PolicyPage() {
  const policy = useRecordContext<PolicyRecord>();
  const translate = useTranslate();
  if (!policy) return null;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2, alignItems: 'start' }}>
      <Stack spacing={2}>
        <Section>
          <Box sx={{ mb: 2 }}>
            <PolicyVersionField variant="h5" />
          </Box>
          <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(2, 1fr)', gap: 1 }}>
            <Labeled>
              <NumberField source="windowDays" />
            </Labeled>
            <Labeled>
              <NumberField source="appealWindowDays" />
            </Labeled>
            <Labeled>
              <DateTimeField source="createdAt" />
            </Labeled>
            <Labeled>
              <UserNameField source="createdById" />
            </Labeled>
          </Box>
          <Labeled fullWidth>
            <TextField source="note" emptyText="—" />
          </Labeled>
        </Section>
        <Section title="td.policies.ladder.title">
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate('td.policies.ladder.hint', { smart_count: policy.windowDays })}
          </Typography>
          <LadderTable policy={policy} />
        </Section>
      </Stack>
      <Section title="td.policies.points_title">
        <PointsTable policy={policy} />
      </Section>
    </Box>
  );
}
