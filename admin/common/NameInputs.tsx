import { TextInput, maxLength, regex, required } from 'react-admin';

const CODE = regex(/^[a-z0-9][a-z0-9_-]{0,63}$/i);
const NAME = [required(), maxLength(120)];

/**
 * The identity of a reference record (categories, violation types, warehouses): a code, fixed
 * once created, and its English and Chinese names.
 */
export function NameInputs({ creating = false, requireZh = true }: { creating?: boolean; requireZh?: boolean }) {
  return (
    <>
      <TextInput source="code" validate={creating ? [required(), CODE] : undefined} readOnly={!creating} />
      <TextInput source="name" validate={NAME} />
      <TextInput source="nameZh" validate={requireZh ? NAME : maxLength(120)} />
    </>
  );
}
