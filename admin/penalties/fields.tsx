/** Fields of the enforcement screens: money, the penalty a record points to, the cases a penalty cites. */
import { Box, Chip, Typography } from '@mui/material';
import { Link, ReferenceField, useCreatePath, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { intlLocale } from '../common/format';
import { PenaltyStatusChip, PenaltyTypeChip } from './chips';

interface FieldProps {
  source?: string;
  label?: string;
  sortable?: boolean;
}

/** Integer cents as yuan: CN¥12,000.00 / ¥12,000.00. */
export const formatCny = (cents: number, locale: string) =>
  new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: 'CNY' }).format(cents / 100);

export function MoneyField({ source = 'fineCents' }: FieldProps) {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const cents = record?.[source];
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {cents == null ? '—' : formatCny(cents, locale)}
    </Typography>
  );
}

/** "#12" with the type and status chips of the penalty in context. */
export function PenaltySummary() {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, whiteSpace: 'nowrap' }}>
      <Typography component="span" variant="body2" sx={{ fontWeight: 500 }}>
        #{record.id}
      </Typography>
      <PenaltyTypeChip />
      <PenaltyStatusChip />
    </Box>
  );
}

/** The penalty an appeal is about, linking to it. */
export const PenaltyField = ({ source = 'penaltyId' }: FieldProps) => (
  <ReferenceField source={source} reference="penalties" link="show">
    <PenaltySummary />
  </ReferenceField>
);

/** The cases a penalty cites, each a chip opening the case. */
export function CitedCasesField(_props: FieldProps) {
  const record = useRecordContext();
  const createPath = useCreatePath();
  const translate = useTranslate();
  const ids: number[] = record?.caseIds ?? [];
  if (!ids.length) return <Typography variant="body2">{translate('td.penalties.no_cases')}</Typography>;
  return (
    <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
      {ids.map((id) => (
        <Chip key={id} size="small" clickable component={Link} to={createPath({ resource: 'cases', id, type: 'show' })} label={`#${id}`} />
      ))}
    </Box>
  );
}
