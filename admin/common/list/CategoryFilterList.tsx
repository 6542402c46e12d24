/**
 * Categories as quick filters of a list's aside: each vertical, then its subcategories indented.
 * A vertical's filter finds its subcategories' records too (the server's category filter).
 */
import CategoryIcon from '@mui/icons-material/Category';
import { FilterList, FilterListItem, useGetList } from 'react-admin';
import type { CategoryRecord } from '../../../domain/reference';
import { useLocalizedName } from '../localizedName';

/** Verticals in id order, each followed by its subcategories. */
function asTree(categories: CategoryRecord[]) {
  const roots = categories.filter((c) => c.parentId == null);
  return roots.flatMap((root) => [
    { category: root, depth: 0 },
    ...categories.filter((c) => c.parentId === root.id).map((category) => ({ category, depth: 1 })),
  ]);
}

export function CategoryFilterList() {
  const name = useLocalizedName();
  const { data = [] } = useGetList<CategoryRecord>('categories', { sort: { field: 'id', order: 'ASC' }, pagination: { page: 1, perPage: 200 } });
  if (!data.length) return null;
  return (
    <FilterList label="resources.cases.fields.categoryId" icon={<CategoryIcon />}>
      {asTree(data).map(({ category, depth }) => (
        <FilterListItem
          key={category.id}
          label={name(category)}
          value={{ categoryId: category.id }}
          sx={depth ? { '& .MuiListItemButton-root': { pl: '3em' } } : undefined}
        />
      ))}
    </FilterList>
  );
}
