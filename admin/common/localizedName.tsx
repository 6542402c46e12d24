import { useLocaleState, useRecordContext } from 'react-admin';
import { Typography, type TypographyProps } from '@mui/material';

/** Reference data (categories, violation types, warehouses) carries `name` and `nameZh`: show the one for the chosen language. */
export interface Named {
  name?: string | null;
  nameZh?: string | null;
}

export function localizedName(record: Named | undefined | null, locale: string): string {
  if (!record) return '';
  return (locale.startsWith('zh') ? record.nameZh || record.name : record.name || record.nameZh) ?? '';
}

export function useLocalizedName(): (record: Named | undefined | null) => string {
  const [locale] = useLocaleState();
  return (record) => localizedName(record, locale);
}

/** For `recordRepresentation` and lists: `<LocalizedNameField />` inside a record context. */
export function LocalizedNameField(props: TypographyProps & { label?: string; source?: string; sortable?: boolean }) {
  const { label: _label, source: _source, sortable: _sortable, ...rest } = props;
  const record = useRecordContext<Named>();
  const name = useLocalizedName();
  return (
    <Typography component="span" variant="body2" {...rest}>
      {name(record)}
    </Typography>
  );
}
