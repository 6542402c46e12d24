/** The inputs of the issue-penalty form: what applies depends on the type (a duration, a fine). */
import { Alert, Box } from '@mui/material';
import { DateTimeInput, NumberInput, SelectInput, TextInput, maxLength, maxValue, minLength, minValue, required, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { isTimedPenalty, PENALTY_TYPES } from '../../../domain/penalties';
import { enumChoices } from '../../common/enums';
import { useDateFormat } from '../../common/format';
import { endsAt } from './issuePayload';

const durationRules = [required(), minValue(1), maxValue(3650)];
const fineRules = [required(), minValue(0.01), maxValue(100_000_000)];
const reasonRules = [required(), minLength(10), maxLength(2000)];

/** `banAllowed`: false when a ban would be refused (the merchant is banned, or a ban awaits approval): none is offered. */
export function IssuePenaltyFields({ suggestedType, banAllowed }: { suggestedType?: string; banAllowed: boolean }) {
  const translate = useTranslate();
  const typeChoices = enumChoices('penaltyType', banAllowed ? PENALTY_TYPES : PENALTY_TYPES.filter((t) => t !== 'permanent_ban'));
  const type = useWatch({ name: 'type' });
  const differs = !!suggestedType && type !== suggestedType;
  return (
    <>
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 2 }}>
        <SelectInput
          source="type"
          choices={typeChoices}
          validate={required()}
          helperText={differs ? translate('td.penalties.issue.differs', { type: translate(`td.penaltyType.${suggestedType}`) }) : false}
        />
        <DateTimeInput source="startsAt" validate={required()} helperText={false} />
        {isTimedPenalty(type) && <DurationInput />}
        {type === 'fine' && (
          <NumberInput source="fine" label="td.penalties.issue.fine_cny" step={100} validate={fineRules} helperText="td.penalties.issue.fine_hint" />
        )}
      </Box>
      {type === 'permanent_ban' && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('td.penalties.issue.ban_needs_approval')}
        </Alert>
      )}
      {/* The type and dates come from the policy's suggestion: what is left to write is the reason. */}
      <TextInput source="reason" multiline minRows={3} fullWidth autoFocus validate={reasonRules} helperText="td.penalties.issue.reason_hint" />
    </>
  );
}

/** Days from the start; the end date it gives is shown under it. */
function DurationInput() {
  const translate = useTranslate();
  const { dateTime } = useDateFormat();
  const [startsAt, days] = useWatch({ name: ['startsAt', 'durationDays'] });
  const end = endsAt(startsAt, days);
  return (
    <NumberInput
      source="durationDays"
      label="td.penalties.issue.duration_days"
      validate={durationRules}
      helperText={end ? translate('td.penalties.issue.ends', { date: dateTime(end) }) : false}
    />
  );
}
