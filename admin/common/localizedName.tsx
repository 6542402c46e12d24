import { useLocaleState, useRecordContext } from 'react-admin';
import { Typography, type TypographyProps } from '@mui/material';
import { localizedName, type Named } from '../../domain/reference';

/** Reference data (categories, violation types, warehouses) carries `name` and `nameZh`: the one for the chosen language. */
export function useLocalizedName(): (record: Named | undefined | null) => string {
  const [locale] = useLocaleState();
  return (record) => localizedName(record, locale);
}

/** The localized name of the record in context (lists, reference fields). */
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
