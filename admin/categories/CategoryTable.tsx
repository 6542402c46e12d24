import { DataTable, ReferenceField } from 'react-admin';
import type { CategoryRecord } from '../../domain/reference';
import { RecordTable, type CardTexts } from '../common/list/RecordTable';
import { LocalizedNameColumn } from '../common/LocalizedNameColumn';
import { LocalizedNameField } from '../common/localizedName';

const card: CardTexts<CategoryRecord> = {
  primary: <LocalizedNameField />,
  secondary: (c) => c.code,
};

/** Categories: rows open the form for admins, the category's page for everyone else. */
export const CategoryTable = () => (
  <RecordTable card={card} link="edit" bulkActionButtons={false}>
    <LocalizedNameColumn />
    <DataTable.Col source="code" />
    <DataTable.Col source="parentId">
      <ReferenceField source="parentId" reference="categories" link={false} />
    </DataTable.Col>
  </RecordTable>
);
