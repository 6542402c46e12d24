/** Enum values shown by their labels: the one chip (statuses, types, severities, roles, coloured per value), or plain text. */
import { Chip, Typography, type ChipProps } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { AppealStatus } from '../../domain/appeals';
import type { CaseStatus, Severity } from '../../domain/cases';
import type { InspectionResult, InspectionStatus } from '../../domain/inspections';
import type { MerchantStatus } from '../../domain/merchants';
import type { NoticeStatus } from '../../domain/notices';
import type { PenaltyStatus, PenaltyType } from '../../domain/penalties';
import type { Role } from '../../domain/roles';
import { useEnumLabel, type EnumNamespace } from './enums';

type Colour = ChipProps['color'];
interface ChipStyle {
  /** Statuses are filled (where a record stands); kinds and severities outlined. */
  variant: 'filled' | 'outlined';
  colours: Record<string, Colour>;
}

const style = <T extends string>(variant: ChipStyle['variant'], colours: Record<T, Colour>): ChipStyle => ({ variant, colours });

const STYLES: Partial<Record<EnumNamespace, ChipStyle>> = {
  caseStatus: style<CaseStatus>('filled', { open: 'info', in_review: 'primary', confirmed: 'warning', dismissed: 'default', penalized: 'error' }),
  severity: style<Severity>('outlined', { low: 'default', medium: 'info', high: 'warning', critical: 'error' }),
  merchantStatus: style<MerchantStatus>('filled', { active: 'success', restricted: 'info', suspended: 'warning', banned: 'error' }),
  penaltyType: style<PenaltyType>('outlined', {
    warning: 'default',
    listing_removal: 'info',
    fine: 'warning',
    live_suspension: 'warning',
    permanent_ban: 'error',
  }),
  penaltyStatus: style<PenaltyStatus>('filled', { pending_approval: 'warning', active: 'error', expired: 'default', revoked: 'info', rejected: 'default' }),
  appealStatus: style<AppealStatus>('filled', { pending: 'warning', upheld: 'default', overturned: 'success' }),
  noticeStatus: style<NoticeStatus>('filled', {
    draft: 'default',
    in_review: 'warning',
    approved: 'info',
    scheduled: 'secondary',
    published: 'success',
    retracted: 'error',
  }),
  inspectionStatus: style<InspectionStatus>('filled', {
    awaiting_arrival: 'default',
    received: 'info',
    inspecting: 'primary',
    passed: 'success',
    failed: 'error',
    shipped: 'default',
    returned: 'default',
  }),
  inspectionResult: style<InspectionResult>('outlined', { passed: 'success', failed: 'error' }),
  role: style<Role>('outlined', { admin: 'secondary', manager: 'primary', reviewer: 'info', comms: 'success', inspector: 'warning' }),
};

interface EnumFieldProps {
  namespace: EnumNamespace;
  /** The record field holding the code; ignored when `value` is given. */
  source?: string;
  value?: string | null;
  /** Read by <DataTable.Col> and <Labeled>. */
  label?: string;
  sortable?: boolean;
}

/** The value of `source` in the record in context, or the given one. */
function useCode(source?: string, value?: string | null): string | null {
  const record = useRecordContext();
  const code = value ?? (source ? record?.[source] : undefined);
  return code == null || code === '' ? null : String(code);
}

/** `<EnumChip namespace="caseStatus" source="status" />` in a record context, or `<EnumChip namespace="caseStatus" value="open" />`. */
export function EnumChip({ namespace, source, value }: EnumFieldProps) {
  const code = useCode(source, value);
  const label = useEnumLabel(namespace);
  if (code == null) return null;
  const { variant, colours } = STYLES[namespace] ?? { variant: 'outlined', colours: {} };
  return <Chip size="small" variant={variant} color={colours[code] ?? 'default'} label={label(code)} />;
}

/** The label as text, e.g. a case's source. */
export function EnumTextField({ namespace, source, value }: EnumFieldProps) {
  const code = useCode(source, value);
  const label = useEnumLabel(namespace);
  return code == null ? null : (
    <Typography component="span" variant="body2">
      {label(code)}
    </Typography>
  );
}
