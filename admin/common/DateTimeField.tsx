import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';
import { DATE, DATE_TIME, formatDateTime, intlLocale } from './format';

/** Dates in the chosen language rather than the browser's (e.g. 2026年11月25日 14:05 / Nov 25, 2026, 2:05 PM). */
export function DateTimeField({ showTime = true, ...props }: DateFieldProps) {
  const [locale] = useLocaleState();
  return <DateField {...props} locales={intlLocale(locale)} showTime={showTime} options={showTime ? DATE_TIME : DATE} />;
}

/** The same formatting outside a record context. */
export function useFormatDateTime() {
  const [locale] = useLocaleState();
  return (value: string | Date) => formatDateTime(new Date(value).toISOString(), locale);
}
