/** Inputs shared by the case filters and the case forms. */
import { AutocompleteInput, ReferenceInput, SelectArrayInput, SelectInput, type SelectInputProps, type Validator } from 'react-admin';
import { useLocalizedName } from '../i18n/localizedName';
import { CASE_SOURCES, CASE_STATUSES, SEVERITIES } from '../../domain/cases';

interface InputProps {
  source: string;
  validate?: Validator | Validator[];
  helperText?: string;
  alwaysOn?: boolean;
}

/** Choices for an enum whose labels live under `td.<prefix>.<value>` (SelectInput translates them). */
export const enumChoices = (prefix: string, values: readonly string[]) => values.map((id) => ({ id, name: `td.${prefix}.${id}` }));

/** Several values of an enum at once (the filter is an IN); a single value from a link or quick filter shows as one. */
export const EnumArrayInput = ({ prefix, values, ...props }: InputProps & { prefix: string; values: readonly string[] }) => (
  <SelectArrayInput choices={enumChoices(prefix, values)} format={toArray} sx={{ minWidth: 200 }} {...props} />
);
export const StatusesInput = (props: InputProps) => <EnumArrayInput prefix="caseStatus" values={CASE_STATUSES} {...props} />;
const toArray = (value: unknown) => (value == null || value === '' ? [] : Array.isArray(value) ? value : [value]);

export const SeverityInput = (props: InputProps & Partial<SelectInputProps>) => <SelectInput choices={enumChoices('severity', SEVERITIES)} {...props} />;

export const SourceInput = ({ sources = CASE_SOURCES, ...props }: InputProps & Partial<SelectInputProps> & { sources?: readonly string[] }) => (
  <SelectInput choices={enumChoices('source', sources)} {...props} />
);

/** Categories and violation types are short reference lists: a select with names in the chosen language. */
function LocalizedReferenceInput({ reference, ...props }: InputProps & { reference: string }) {
  const name = useLocalizedName();
  return (
    <ReferenceInput source={props.source} reference={reference} sort={{ field: 'id', order: 'ASC' }} perPage={200}>
      <SelectInput optionText={name} {...props} />
    </ReferenceInput>
  );
}

export const CategoryInput = (props: InputProps) => <LocalizedReferenceInput reference="categories" {...props} />;
export const ViolationTypeInput = (props: InputProps) => <LocalizedReferenceInput reference="violation-types" {...props} />;

/** People who work cases: active reviewers and managers. */
export const CASE_WORKER_FILTER = { role: ['reviewer', 'manager'], active: true };

export const AssigneeInput = (props: InputProps) => (
  <ReferenceInput source={props.source} reference="users" filter={CASE_WORKER_FILTER} sort={{ field: 'name', order: 'ASC' }} perPage={200}>
    <SelectInput optionText="name" {...props} />
  </ReferenceInput>
);

const merchantText = (m?: { nickname: string; id: number }) => (m ? `${m.nickname} (${m.id})` : '');

/** Merchants are many: type a nickname or paste the platform id. */
export const MerchantInput = (props: InputProps) => (
  <ReferenceInput source={props.source} reference="merchants">
    <AutocompleteInput optionText={merchantText} filterToQuery={(q: string) => ({ q })} {...props} />
  </ReferenceInput>
);
