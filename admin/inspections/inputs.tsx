/** Inputs for parcels: materials (code and name, typed either way), warehouses, failure reasons. */
import { AutocompleteInput, ReferenceInput, SelectInput } from 'react-admin';
import { MATERIALS } from '../../domain/materials';
import type { InputProps } from '../common/inputs';
import { useLocalizedName } from '../common/localizedName';
import { useMaterialLabel } from './fields';

/** Every material of the catalogue, "Au999 · 足金", found by code or name. */
export function MaterialInput(props: InputProps & { label?: string }) {
  const label = useMaterialLabel();
  const choices = MATERIALS.map((m) => ({ id: m.code, name: label(m.code) }));
  return <AutocompleteInput choices={choices} translateChoice={false} sx={{ minWidth: 240 }} {...props} />;
}

export function WarehouseInput(props: InputProps) {
  const name = useLocalizedName();
  return (
    <ReferenceInput source={props.source} reference="warehouses" sort={{ field: 'id', order: 'ASC' }} perPage={100}>
      <SelectInput optionText={name} {...props} />
    </ReferenceInput>
  );
}

/** Failure reasons are violation type codes. */
export function FailureReasonInput(props: InputProps) {
  const name = useLocalizedName();
  return (
    <ReferenceInput source={props.source} reference="violation-types" sort={{ field: 'id', order: 'ASC' }} perPage={200}>
      <SelectInput optionText={name} optionValue="code" {...props} />
    </ReferenceInput>
  );
}
