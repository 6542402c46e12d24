import { ReferenceInput, SelectInput } from 'react-admin';
import { NameInputs } from '../common/NameInputs';

/** Categories form a two-level tree: a category's parent is a top-level one (or none). */
export default function CategoryInputs({ creating }: { creating?: boolean }) {
  return (
    <>
      <NameInputs creating={creating} />
      <ReferenceInput source="parentId" reference="categories" filter={{ parentId: null }} sort={{ field: 'id', order: 'ASC' }}>
        <SelectInput emptyText="td.common.none" />
      </ReferenceInput>
    </>
  );
}
