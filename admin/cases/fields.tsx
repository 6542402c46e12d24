/** Read-only fields shared by the case list, the case page and the merchant page. */
import { Box, Tooltip, Typography } from '@mui/material';
import AlarmIcon from '@mui/icons-material/Alarm';
import { DateField, ReferenceField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { LocalizedNameField } from '../i18n/localizedName';
import { useIntlLocale } from '../common/format';

/** `label` and `sortable` are read by <DataTable.Col> / <Labeled> from the child's props. */
interface FieldProps {
  source?: string;
  label?: string;
  sortable?: boolean;
}

export const MerchantField = ({ source = 'merchantId' }: FieldProps) => (
  <ReferenceField source={source} reference="merchants" link="show">
    <TextField source="nickname" />
  </ReferenceField>
);

export const CategoryField = ({ source = 'categoryId' }: FieldProps) => (
  <ReferenceField source={source} reference="categories" link={false}>
    <LocalizedNameField />
  </ReferenceField>
);

export const ViolationTypeField = ({ source = 'violationTypeId' }: FieldProps) => (
  <ReferenceField source={source} reference="violation-types" link={false}>
    <LocalizedNameField />
  </ReferenceField>
);

/** A staff member's name (assignee, actor); "—" when nobody. */
export const UserNameField = ({ source = 'assigneeId' }: FieldProps) => (
  <ReferenceField source={source} reference="users" link={false} emptyText="—">
    <TextField source="name" />
  </ReferenceField>
);

/** Date and time in the chosen language; `dateOnly` drops the time. */
export function DateTimeField({ source, dateOnly }: FieldProps & { source: string; dateOnly?: boolean }) {
  const locale = useIntlLocale();
  const options: Intl.DateTimeFormatOptions = dateOnly ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' };
  return <DateField source={source} showTime={!dateOnly} locales={locale} options={options} emptyText="—" sx={{ color: 'inherit' }} />;
}

/** For tables: the date, and the time below it in grey, so the column stays narrow. */
export function CompactDateTimeField({ source }: FieldProps & { source: string }) {
  const record = useRecordContext();
  const locale = useIntlLocale();
  const value = record?.[source];
  if (!value) return <span>—</span>;
  const date = new Date(value);
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexDirection: 'column', whiteSpace: 'nowrap' }}>
      <Typography component="span" variant="body2" color="inherit">
        {date.toLocaleDateString(locale, { dateStyle: 'medium' })}
      </Typography>
      <Typography component="span" variant="caption" color="inherit" sx={{ opacity: 0.7 }}>
        {date.toLocaleTimeString(locale, { timeStyle: 'short' })}
      </Typography>
    </Box>
  );
}

/** The due date, in red with an alarm when the case is past its SLA. */
export function DueField({ compact }: FieldProps & { compact?: boolean }) {
  const Field = compact ? CompactDateTimeField : DateTimeField;
  const record = useRecordContext();
  const translate = useTranslate();
  const overdue = !!record?.overdue;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, color: overdue ? 'error.main' : undefined }}>
      {overdue && (
        <Tooltip title={translate('td.cases.overdue')}>
          <AlarmIcon fontSize="small" aria-label={translate('td.cases.overdue')} />
        </Tooltip>
      )}
      <Field source="dueAt" />
    </Box>
  );
}
