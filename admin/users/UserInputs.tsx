import { BooleanInput, FormDataConsumer, PasswordInput, ReferenceInput, SelectInput, TextInput, email, maxLength, minLength, required } from 'react-admin';
import { ROLE_CHOICES } from './userForm';

const MIN_PASSWORD = minLength(10);

/** Shown for inspectors only: they record inspections for this warehouse. */
function WarehouseInput() {
  return (
    <FormDataConsumer>
      {({ formData }) =>
        formData.role === 'inspector' && (
          <ReferenceInput source="warehouseId" reference="warehouses" filter={{ active: true }} sort={{ field: 'id', order: 'ASC' }}>
            <SelectInput validate={required('td.users.warehouseRequired')} />
          </ReferenceInput>
        )
      }
    </FormDataConsumer>
  );
}

/** The fields of a staff account; creating asks for a password, editing may set a new one and (de)activate. */
export default function UserInputs({ creating = false }: { creating?: boolean }) {
  return (
    <>
      <TextInput source="email" type="email" validate={[required(), email(), maxLength(254)]} />
      <TextInput source="name" validate={[required(), maxLength(120)]} />
      <SelectInput source="role" choices={ROLE_CHOICES} validate={required()} />
      <WarehouseInput />
      {creating ? (
        <PasswordInput source="password" validate={[required(), MIN_PASSWORD]} helperText="td.users.passwordHint" autoComplete="new-password" />
      ) : (
        <>
          <PasswordInput
            source="password"
            label="td.users.newPassword"
            validate={MIN_PASSWORD}
            helperText="td.users.newPasswordHint"
            autoComplete="new-password"
          />
          <BooleanInput source="active" helperText="td.users.deactivateHint" />
        </>
      )}
    </>
  );
}
