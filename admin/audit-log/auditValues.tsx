/**
 * How a value of an audit entry's before/after reads: one small table of mappings for every audited
 * resource (no per-resource components). References show the record they point to, enums their
 * label, dates and money the shared formatting, lists and objects in words (./structuredValues);
 * anything unknown shows as it is.
 */
import { Box, Typography } from '@mui/material';
import type { ReactElement } from 'react';
import { ReferenceField, TextField, useLocaleState, useTranslate } from 'react-admin';
import { formatCny, useDateFormat } from '../common/format';
import { LocalizedNameField } from '../common/localizedName';
import { useViolationTypes } from '../common/usePenaltyPolicy';
import { compactJson, wordStructured } from './structuredValues';

interface Reference {
  reference: string;
  /** Opens the record; false where a page is missing or reserved to admins. */
  link: 'show' | false;
  /** What to show of it; the resource's recordRepresentation otherwise (`#12` for cases and penalties, `v3` for policies). */
  child?: ReactElement;
}

const USER: Reference = { reference: 'users', link: false, child: <TextField source="name" /> };
const named = (reference: string, link: Reference['link'] = false): Reference => ({ reference, link, child: <LocalizedNameField /> });

/** `…Id` fields pointing at a record. */
const REFERENCES: Record<string, Reference> = {
  assigneeId: USER,
  actorId: USER,
  issuedById: USER,
  approvedById: USER,
  revokedById: USER,
  decidedById: USER,
  filedById: USER,
  openedById: USER,
  createdById: USER,
  userId: USER,
  merchantId: { reference: 'merchants', link: 'show', child: <TextField source="nickname" /> },
  categoryId: named('categories'),
  parentId: named('categories'),
  violationTypeId: named('violation-types'),
  warehouseId: named('warehouses', 'show'),
  penaltyId: { reference: 'penalties', link: 'show' },
  caseId: { reference: 'cases', link: 'show' },
  policyId: { reference: 'penalty-policies', link: 'show' },
};

/** Enum fields: the `td.<namespace>` of their labels; for `status`, by the entry's resource. */
const ENUMS: Record<string, string | Record<string, string>> = {
  status: { cases: 'caseStatus', penalties: 'penaltyStatus', appeals: 'appealStatus', merchants: 'merchantStatus' },
  severity: 'severity',
  type: 'penaltyType',
  role: 'role',
  source: 'source',
};

/** Amounts stored in cents. */
const MONEY = new Set(['fineCents']);

/** The server writes this instead of a password hash. */
const PASSWORD_CHANGED = '(changed)';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

const TEXT = { whiteSpace: 'pre-wrap', wordBreak: 'break-word' } as const;
const JSON_TEXT = { fontFamily: 'monospace', fontSize: 12, ...TEXT } as const;

function Text({ children, sx = TEXT }: { children: string; sx?: object }) {
  return (
    <Typography component="span" variant="body2" sx={sx}>
      {children}
    </Typography>
  );
}

export function AuditValue({ resource, field, value }: { resource: string; field: string; value: unknown }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { dateTime } = useDateFormat();
  const { nameOf } = useViolationTypes();

  if (value === undefined || value === null)
    return (
      <Typography component="span" variant="body2" color="text.disabled">
        —
      </Typography>
    );

  const ref = REFERENCES[field];
  if (ref && (typeof value === 'number' || typeof value === 'string')) {
    return (
      <ReferenceField
        record={{ [field]: value }}
        source={field}
        reference={ref.reference}
        link={ref.link}
        // A record since deleted still shows its id.
        empty={<Text>{String(value)}</Text>}
      >
        {ref.child}
      </ReferenceField>
    );
  }
  if (typeof value === 'boolean') return <Text>{translate(`ra.boolean.${value}`)}</Text>;
  if (typeof value === 'object') {
    const words = wordStructured(field, value, { translate, nameOf });
    return words == null ? (
      <Box component="span" sx={JSON_TEXT}>
        {compactJson(value)}
      </Box>
    ) : (
      <Text>{words}</Text>
    );
  }
  if (MONEY.has(field) && typeof value === 'number') return <Text>{formatCny(value, locale)}</Text>;

  const text = String(value);
  const namespaces = ENUMS[field];
  const namespace = typeof namespaces === 'string' ? namespaces : namespaces?.[resource];
  if (namespace) return <Text>{translate(`td.${namespace}.${text}`, { _: text })}</Text>;
  if (field === 'password' && text === PASSWORD_CHANGED) return <Text>{translate('td.audit.passwordChanged')}</Text>;
  if (ISO_DATE.test(text)) return <Text>{dateTime(text)}</Text>;
  return <Text>{text}</Text>;
}
