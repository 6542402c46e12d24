import { Chip, Typography, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/**
 * Enums are stored as codes and translated under `td.<namespace>.<code>` (e.g. `td.severity.high`).
 * Choices for inputs carry the message key; react-admin translates choice names.
 */
export const enumChoices = (values: readonly string[], namespace: string) => values.map((id) => ({ id, name: `td.${namespace}.${id}` }));

type ChipColor = ChipProps['color'];

export const SEVERITY_COLORS: Record<string, ChipColor> = {
  low: 'default',
  medium: 'info',
  high: 'warning',
  critical: 'error',
};

export const ROLE_COLORS: Record<string, ChipColor> = {
  admin: 'secondary',
  manager: 'primary',
  reviewer: 'info',
  comms: 'success',
  inspector: 'warning',
};

/** The translated label of an enum code; unknown codes (added later on the server) show as they are. */
export function useEnumLabel(namespace: string) {
  const translate = useTranslate();
  return (code: string) => translate(`td.${namespace}.${code}`, { _: code });
}

interface EnumChipFieldProps {
  source: string;
  namespace: string;
  colors?: Record<string, ChipColor>;
  label?: string;
  sortable?: boolean;
}

/** A small coloured chip for an enum field, e.g. `<EnumChipField source="severity" namespace="severity" colors={SEVERITY_COLORS} />`. */
export function EnumChipField({ source, namespace, colors = {} }: EnumChipFieldProps) {
  const record = useRecordContext();
  const label = useEnumLabel(namespace);
  const value = record?.[source];
  if (value == null) return null;
  return <Chip size="small" label={label(String(value))} color={colors[value] ?? 'default'} variant="outlined" />;
}

/** A translated enum shown as plain text (no chip), e.g. audit actions. */
export function EnumTextField({ source, namespace }: { source: string; namespace: string; label?: string }) {
  const record = useRecordContext();
  const label = useEnumLabel(namespace);
  const value = record?.[source];
  return value == null ? null : (
    <Typography component="span" variant="body2">
      {label(String(value))}
    </Typography>
  );
}
