import { Labeled, ReferenceField, useRecordContext } from 'react-admin';
import type { CategoryRecord } from '../../domain/reference';
import { LocalizedNameField } from '../common/localizedName';
import { ReferenceShow } from '../common/ReferenceShow';
import { RelatedList } from '../common/RelatedList';
import { Section } from '../common/Section';
import { CategoryTable } from './CategoryTable';

/** A category: its names and parent, and (for a vertical) its subcategories. */
export default function CategoryShow() {
  return (
    <ReferenceShow
      fields={
        <Labeled source="parentId">
          <ReferenceField source="parentId" reference="categories" emptyText="—">
            <LocalizedNameField />
          </ReferenceField>
        </Labeled>
      }
    >
      <Subcategories />
    </ReferenceShow>
  );
}

function Subcategories() {
  const record = useRecordContext<CategoryRecord>();
  if (!record || record.parentId != null) return null;
  return (
    <Section title="td.categories.subcategories">
      <RelatedList reference="categories" target="parentId" sort={{ field: 'id', order: 'ASC' }} empty="td.categories.no_subcategories" paginate={false}>
        <CategoryTable />
      </RelatedList>
    </Section>
  );
}
