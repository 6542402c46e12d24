import { DataTable, useLocaleState } from 'react-admin';
import { RowLink } from './list/RowLink';
import { LocalizedNameField } from './localizedName';

/** The list column for reference data: the name in the chosen language (the row's link), sorted by that language's column. */
export function LocalizedNameColumn() {
  const [locale] = useLocaleState();
  return (
    <DataTable.Col source={locale.startsWith('zh') ? 'nameZh' : 'name'} label="td.common.name">
      <RowLink>
        <LocalizedNameField sx={{ fontWeight: 500 }} />
      </RowLink>
    </DataTable.Col>
  );
}
