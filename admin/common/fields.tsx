/** Read-only fields every screen shares: the records a record points to, and money. */
import { Typography } from '@mui/material';
import { ReferenceField, TextField, useLocaleState, useRecordContext } from 'react-admin';
import { formatCny } from './format';
import { LocalizedNameField } from './localizedName';

/** `label` and `sortable` are read by <DataTable.Col> / <Labeled> from the child's props. */
export interface FieldProps {
  source?: string;
  label?: string;
  sortable?: boolean;
}

/** The merchant's nickname, opening its page (`link={false}`: inside something that is a link itself, e.g. a card). */
export const MerchantField = ({ source = 'merchantId', link = 'show' }: FieldProps & { link?: 'show' | false }) => (
  <ReferenceField source={source} reference="merchants" link={link}>
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

/** A staff member's name (assignee, issuer, actor) from the directory every role may read; "—" when nobody. */
export const UserNameField = ({ source = 'assigneeId' }: FieldProps) => (
  <ReferenceField source={source} reference="users" link={false} emptyText="—">
    <TextField source="name" />
  </ReferenceField>
);

/** Integer cents as yuan. */
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
