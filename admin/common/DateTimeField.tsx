import { useMemo } from 'react';
import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';

const DATE_LOCALES: Record<string, string> = { en: 'en-GB', zh: 'zh-CN' };
const DATE_TIME: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' };

/** Dates in the chosen language rather than the browser's (e.g. 2025年11月25日 14:05 / 25 Nov 2025, 14:05). */
export function DateTimeField({ showTime = true, ...props }: DateFieldProps) {
  const [locale] = useLocaleState();
  return (
    <DateField
      {...props}
      locales={DATE_LOCALES[locale] ?? locale}
      showTime={showTime}
      options={showTime ? DATE_TIME : { year: 'numeric', month: 'short', day: 'numeric' }}
    />
  );
}

/** The same formatting outside a record context. */
export function useFormatDateTime() {
  const [locale] = useLocaleState();
  const format = useMemo(() => new Intl.DateTimeFormat(DATE_LOCALES[locale] ?? locale, DATE_TIME), [locale]);
  return (value: string | Date) => format.format(new Date(value));
}
