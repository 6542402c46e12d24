/** Coloured chips for enums (cases, merchants; `enumChip` makes more); each reads its value from the record in context. */
import { Chip, type ChipProps } from '@mui/material';
import AlarmIcon from '@mui/icons-material/Alarm';
import { useRecordContext, useTranslate } from 'react-admin';

type Colour = ChipProps['color'];

interface EnumChipProps {
  /** The record field holding the value; ignored when `value` is given. */
  source?: string;
  value?: string | null;
  /** For <DataTable.Col> and <Labeled>, which read these props. */
  label?: string;
  sortable?: boolean;
}

export function enumChip(i18nPrefix: string, colours: Record<string, Colour>, defaultSource: string, variant: ChipProps['variant']) {
  return function EnumChip({ source = defaultSource, value }: EnumChipProps) {
    const record = useRecordContext();
    const translate = useTranslate();
    const v = value ?? (record?.[source] as string | undefined);
    if (!v) return null;
    return <Chip size="small" variant={variant} color={colours[v] ?? 'default'} label={translate(`${i18nPrefix}.${v}`, { _: v })} />;
  };
}

export const CaseStatusChip = enumChip(
  'td.caseStatus',
  {
    open: 'info',
    in_review: 'primary',
    confirmed: 'warning',
    dismissed: 'default',
    penalized: 'error',
  },
  'status',
  'filled',
);

export const SeverityChip = enumChip(
  'td.severity',
  {
    low: 'default',
    medium: 'info',
    high: 'warning',
    critical: 'error',
  },
  'severity',
  'outlined',
);

export const MerchantStatusChip = enumChip(
  'td.merchantStatus',
  {
    active: 'success',
    restricted: 'info',
    suspended: 'warning',
    banned: 'error',
  },
  'status',
  'filled',
);

/** The red "Overdue" marker, shown only when the case is past its SLA (`record.overdue`, computed by the server). */
export function OverdueChip() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.overdue) return null;
  return <Chip size="small" color="error" icon={<AlarmIcon />} label={translate('td.cases.overdue')} />;
}
