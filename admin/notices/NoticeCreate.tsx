/**
 * A new notice is generated, not typed: the issued penalties of a period (last month, usually) and
 * category, or the penalties chosen in the list of those not yet announced, with the standard
 * title and introduction. The draft then opens in the editor.
 */
import { useState } from 'react';
import { Alert, Box, Chip, Stack, Typography } from '@mui/material';
import { Create, DateInput, SaveButton, SimpleForm, TextInput, Toolbar, maxLength, required, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import DraftIcon from '@mui/icons-material/NoteAdd';
import { dayOf } from '../../domain/notices';
import { newIdempotencyKey } from '../common/idempotency';
import { CategoryInput } from '../common/inputs';
import { generateBody } from './noticePayload';
import { PERIOD_PRESETS, presetPeriod } from './noticePeriods';

export default function NoticeCreate() {
  const translate = useTranslate();
  // One key per page opening: a double click or a retry drafts one notice.
  const [idempotencyKey] = useState(newIdempotencyKey);
  return (
    <Create redirect="edit" transform={generateBody} mutationOptions={{ meta: { idempotencyKey } }} title="td.notices.new">
      <SimpleForm
        defaultValues={presetPeriod('last_month', new Date())}
        sx={{ maxWidth: 720 }}
        toolbar={
          <Toolbar>
            <SaveButton label="td.notices.create.submit" icon={<DraftIcon />} />
          </Toolbar>
        }
      >
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('td.notices.create.hint')}
        </Typography>
        <ChosenPenalties />
        <PeriodPresets />
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2, width: '100%' }}>
          <DateInput source="periodStart" validate={required()} />
          <DateInput source="periodEnd" validate={required()} />
        </Box>
        <CategoryInput source="categoryId" emptyText="td.notices.all_categories" helperText="td.notices.create.category_hint" />
        <TextInput source="title" validate={maxLength(200)} helperText="td.notices.create.title_hint" fullWidth />
      </SimpleForm>
    </Create>
  );
}

/** The usual periods, one click each; the one the dates match is marked. */
function PeriodPresets() {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const [start, end] = useWatch({ name: ['periodStart', 'periodEnd'] });
  const now = new Date();
  return (
    <Stack direction="row" spacing={1} sx={{ mb: 2, flexWrap: 'wrap' }} aria-label={translate('td.notices.period')}>
      {PERIOD_PRESETS.map((preset) => {
        const period = presetPeriod(preset, now);
        const chosen = !!start && !!end && dayOf(start) === period.periodStart && dayOf(end) === period.periodEnd;
        return (
          <Chip
            key={preset}
            clickable
            color={chosen ? 'primary' : 'default'}
            variant={chosen ? 'filled' : 'outlined'}
            aria-pressed={chosen}
            label={translate(`td.notices.create.${preset}`)}
            onClick={() => {
              setValue('periodStart', period.periodStart, { shouldDirty: true });
              setValue('periodEnd', period.periodEnd, { shouldDirty: true });
            }}
          />
        );
      })}
    </Stack>
  );
}

/** Arrived from the penalty list with a selection: the draft lists exactly those. */
function ChosenPenalties() {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const ids: number[] | undefined = useWatch({ name: 'penaltyIds' });
  if (!ids?.length) return null;
  return (
    <Alert severity="info" sx={{ mb: 2, width: '100%' }} onClose={() => setValue('penaltyIds', undefined)}>
      {translate('td.notices.create.chosen', { smart_count: ids.length, ids: ids.map((id) => `#${id}`).join(', ') })}
    </Alert>
  );
}
