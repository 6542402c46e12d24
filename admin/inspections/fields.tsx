/** Fields of parcels: materials and weights as labels print them, tracking codes, warehouses, failure reasons by name. */
import { Box, Typography } from '@mui/material';
import { Link, ReferenceField, useCanAccess, useCreatePath, useGetList, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatGrams } from '../../domain/inspections';
import { materialName } from '../../domain/materials';
import { formatTrackingCode } from '../../domain/orders';
import type { ViolationTypeRecord } from '../../domain/reference';
import type { FieldProps } from '../common/fields';
import { useLocalizedName, LocalizedNameField } from '../common/localizedName';

/** "Au999 gold" / "Au999 · 足金": the hallmark code (what the label says) and its name in the chosen language. */
export function useMaterialLabel() {
  const [locale] = useLocaleState();
  return (code: string | null | undefined) => {
    if (!code) return '—';
    const name = materialName(code, locale);
    // English names already carry the hallmark ("Au999 gold"); Chinese ones do not (足金).
    return name.includes(code) ? name : `${code} · ${name}`;
  };
}

export function MaterialField({ source }: FieldProps & { source: string }) {
  const record = useRecordContext();
  const label = useMaterialLabel();
  return (
    <Typography component="span" variant="body2">
      {label(record?.[source])}
    </Typography>
  );
}

/** Grams with the unit (克 in Chinese). */
export function useGramsLabel() {
  const translate = useTranslate();
  return (grams: number | null | undefined) => (grams == null ? '—' : translate('td.inspections.grams', { g: formatGrams(Number(grams)) }));
}

export function GramsField({ source }: FieldProps & { source: string }) {
  const record = useRecordContext();
  const grams = useGramsLabel();
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {grams(record?.[source])}
    </Typography>
  );
}

/** ABCDE-FGHJK, in a fixed-width face, as printed on the parcel. */
export const TrackingCode = ({ code }: { code: string | null | undefined }) => (
  <Box component="span" sx={{ fontFamily: 'monospace', fontSize: '0.95em', whiteSpace: 'nowrap', letterSpacing: 0.5 }}>
    {code ? formatTrackingCode(code) : '—'}
  </Box>
);

export function TrackingCodeField({ source = 'trackingCode' }: FieldProps) {
  const record = useRecordContext();
  return <TrackingCode code={record?.[source]} />;
}

/** The parcel's tracking code, from its order. */
export const ParcelCodeField = ({ source = 'orderId' }: FieldProps) => (
  <ReferenceField source={source} reference="orders" link={false}>
    <TrackingCodeField />
  </ReferenceField>
);

export const WarehouseField = ({ source = 'warehouseId', link = false }: FieldProps & { link?: 'show' | false }) => (
  <ReferenceField source={source} reference="warehouses" link={link}>
    <LocalizedNameField />
  </ReferenceField>
);

/** Violation types are few: loaded once, named by code (failure reasons are stored as codes). */
export function useViolationTypeName() {
  const name = useLocalizedName();
  const { data = [] } = useGetList<ViolationTypeRecord>('violation-types', { sort: { field: 'id', order: 'ASC' }, pagination: { page: 1, perPage: 200 } });
  return (code: string | null | undefined) => {
    if (!code) return '—';
    const type = data.find((t) => t.code === code);
    return type ? name(type) : code;
  };
}

export function FailureReasonField({ source = 'failureReason' }: FieldProps) {
  const record = useRecordContext();
  const reasonName = useViolationTypeName();
  return (
    <Typography component="span" variant="body2">
      {reasonName(record?.[source])}
    </Typography>
  );
}

/** "Case #123 opened": a link for those who read cases; inspectors (who do not) read that it was opened. */
export function CaseOpenedLink({ id }: { id: number }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { canAccess: mayRead } = useCanAccess({ resource: 'cases', action: 'show' });
  const text = translate('td.inspections.case_opened', { id });
  return mayRead ? <Link to={createPath({ resource: 'cases', type: 'show', id })}>{text}</Link> : <span>{text}</span>;
}
