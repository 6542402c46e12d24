/** The inputs of a policy version: windows, points per violation type, the ladder, direct bans, a note. */
import { Box, Typography } from '@mui/material';
import {
  ArrayInput,
  NumberInput,
  SelectArrayInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  maxLength,
  maxValue,
  minValue,
  number,
  required,
  useTranslate,
} from 'react-admin';
import { PENALTY_TYPES } from '../../domain/penalties';
import { enumChoices } from '../common/enums';
import { useViolationTypes } from '../common/usePenaltyPolicy';

const days = (max: number) => [required(), number(), minValue(1), maxValue(max)];
const pointRules = [required(), number(), minValue(0), maxValue(1000)];
const typeChoices = enumChoices('penaltyType', PENALTY_TYPES);

export function PolicyInputs() {
  const translate = useTranslate();
  const { types, nameOf } = useViolationTypes();
  return (
    <>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%' }}>
        <NumberInput source="windowDays" validate={days(3650)} helperText="td.policies.form.window_hint" sx={{ flex: '1 1 240px' }} />
        <NumberInput source="appealWindowDays" validate={days(365)} helperText="td.policies.form.appeal_hint" sx={{ flex: '1 1 240px' }} />
      </Box>
      <Typography variant="h6" sx={{ mt: 2 }}>
        {translate('td.policies.points_title')}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', md: 'repeat(3, 1fr)' }, columnGap: 2, width: '100%' }}>
        {types.map((t) => (
          <NumberInput key={t.code} source={`points.${t.code}`} label={nameOf(t.code)} validate={pointRules} helperText={t.code} />
        ))}
      </Box>
      <Typography variant="h6" sx={{ mt: 2 }}>
        {translate('td.policies.ladder.title')}
      </Typography>
      <ArrayInput source="ladder" label={false} helperText="td.policies.form.ladder_hint">
        <SimpleFormIterator inline disableReordering>
          <NumberInput source="minPoints" label="td.policies.ladder.from_points" validate={pointRules} helperText={false} />
          <SelectInput source="type" label="td.policies.ladder.type" choices={typeChoices} validate={required()} helperText={false} />
          <NumberInput source="durationDays" label="td.policies.ladder.duration_days" validate={[number(), minValue(1), maxValue(3650)]} helperText={false} />
        </SimpleFormIterator>
      </ArrayInput>
      <SelectArrayInput
        source="directBanTypes"
        choices={types.map((t) => ({ id: t.code, name: nameOf(t.code) }))}
        helperText="td.policies.form.direct_ban_hint"
        sx={{ minWidth: 360 }}
      />
      <TextInput source="note" multiline fullWidth validate={maxLength(500)} helperText="td.policies.form.note_hint" />
    </>
  );
}
