import type { ComponentType } from 'react';
import { Create, Edit, SimpleForm, type EditProps, type TransformData } from 'react-admin';
import { StaleVersionAlert } from './StaleVersionAlert';

/**
 * Every edit page waits for the server: field errors (`400 {errors: {field: why}}`) land on the
 * form and a stale `version` (409) shows its message instead of being silently undone.
 */
export function PessimisticEdit(props: EditProps) {
  return <Edit mutationMode="pessimistic" {...props} />;
}

export type InputsComponent = ComponentType<{ creating?: boolean }>;

interface FormPageOptions {
  transform?: TransformData;
  defaultValues?: Record<string, unknown>;
}

/**
 * The create and edit pages of a resource whose form is one set of inputs (`creating` tells
 * them apart, e.g. a code fixed once created). Both go back to the list on save.
 */
export function simpleFormPages(Inputs: InputsComponent, { transform, defaultValues }: FormPageOptions = {}) {
  const CreatePage = () => (
    <Create transform={transform} redirect="list">
      <SimpleForm defaultValues={defaultValues}>
        <Inputs creating />
      </SimpleForm>
    </Create>
  );
  const EditPage = () => (
    <PessimisticEdit transform={transform} redirect="list">
      <SimpleForm>
        <StaleVersionAlert />
        <Inputs />
      </SimpleForm>
    </PessimisticEdit>
  );
  return { create: CreatePage, edit: EditPage };
}
