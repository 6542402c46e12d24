import type { ComponentType } from 'react';
import { Create, Edit, SimpleForm, type CreateProps, type EditProps, type TransformData } from 'react-admin';
import { StaleVersionAlert } from './StaleVersionAlert';
import { useAllowedQuery } from './useAllowedQuery';
import { useSaveNotification, type SaveNotificationOptions } from './useSaveNotification';

/** Forms in sensible columns: a grid of two on wide screens (not 1,200 px inputs), long texts across both. */
export const formColumnsSx = {
  maxWidth: 960,
  '& > .MuiStack-root': { display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2 },
  '& > .MuiStack-root > :is(.MuiAlert-root, .ra-input-evidence, .ra-input:has(textarea))': { gridColumn: '1 / -1' },
} as const;

type Undoable = Pick<SaveNotificationOptions, 'undoable'>;

/**
 * Every edit page waits for the server: field errors (`400 {errors: {field: why}}`) land on the
 * form and a stale `version` (409) shows its message instead of being silently undone. Once saved
 * it says what was saved, with Undo (./useSaveNotification.ts).
 */
export function PessimisticEdit({ redirect = 'list', undoable, ...props }: EditProps & Undoable) {
  const onSuccess = useSaveNotification('updated', { redirect, undoable });
  const allowed = useAllowedQuery('edit');
  return <Edit mutationMode="pessimistic" mutationOptions={{ onSuccess }} queryOptions={allowed} {...props} />;
}

/** A create page that says what it created ("Category “Jade” created"). */
export function NamedCreate({ redirect = 'list', ...props }: CreateProps) {
  const onSuccess = useSaveNotification('created', { redirect });
  return <Create mutationOptions={{ onSuccess }} {...props} />;
}

export type InputsComponent = ComponentType<{ creating?: boolean }>;

interface FormPageOptions extends Undoable {
  transform?: TransformData;
  defaultValues?: Record<string, unknown>;
}

/**
 * The create and edit pages of a resource whose form is one set of inputs (`creating` tells
 * them apart, e.g. a code fixed once created). Both go back to the list on save.
 */
export function simpleFormPages(Inputs: InputsComponent, { transform, defaultValues, undoable }: FormPageOptions = {}) {
  const CreatePage = () => (
    <NamedCreate transform={transform}>
      <SimpleForm defaultValues={defaultValues} sx={formColumnsSx}>
        <Inputs creating />
      </SimpleForm>
    </NamedCreate>
  );
  const EditPage = () => (
    <PessimisticEdit transform={transform} undoable={undoable}>
      <SimpleForm sx={formColumnsSx}>
        <StaleVersionAlert />
        <Inputs />
      </SimpleForm>
    </PessimisticEdit>
  );
  return { create: CreatePage, edit: EditPage };
}
