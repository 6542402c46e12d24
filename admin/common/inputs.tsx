/** Inputs several resources' filters and forms share. */
import { AutocompleteInput, ReferenceInput, SelectArrayInput, SelectInput, type Validator } from 'react-admin';
import { enumChoices, type EnumNamespace } from './enums';
import { useLocalizedName } from './localizedName';

export interface InputProps {
  source: string;
  validate?: Validator | Validator[];
  helperText?: string | false;
  alwaysOn?: boolean;
  /** The empty choice of a select (e.g. "All categories"); i18n key. */
  emptyText?: string;
}

const toArray = (value: unknown) => (value == null || value === '' ? [] : Array.isArray(value) ? value : [value]);

/** Several values of an enum at once (the filter is an IN); a single value from a link or quick filter shows as one. */
export const EnumArrayInput = ({ namespace, values, ...props }: InputProps & { namespace: EnumNamespace; values: readonly string[] }) => (
  <SelectArrayInput choices={enumChoices(namespace, values)} format={toArray} sx={{ minWidth: 200 }} {...props} />
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

const merchantText = (m?: { nickname: string; id: number }) => (m ? `${m.nickname} (${m.id})` : '');

/** Merchants are many: type a nickname or paste the platform id. */
export const MerchantInput = (props: InputProps) => (
  <ReferenceInput source={props.source} reference="merchants">
    <AutocompleteInput optionText={merchantText} filterToQuery={(q: string) => ({ q })} {...props} />
  </ReferenceInput>
);
