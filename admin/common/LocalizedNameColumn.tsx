import { DataTable, useLocaleState } from 'react-admin';
import { LocalizedNameField } from './localizedName';

/** The list column for reference data: the name in the chosen language, sorted by that language's column. */
export function LocalizedNameColumn() {
  const [locale] = useLocaleState();
  return (
    <DataTable.Col source={locale.startsWith('zh') ? 'nameZh' : 'name'} label="td.common.name">
      <LocalizedNameField sx={{ fontWeight: 500 }} />
    </DataTable.Col>
  );
}
