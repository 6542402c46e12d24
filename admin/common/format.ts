/** Locale-aware formatting for every screen: one style of dates, numbers and money per language. */
import { useLocaleState } from 'react-admin';

/** The Intl locale for a react-admin locale (`zh` → `zh-CN`). */
export const intlLocale = (locale: string) => (locale.startsWith('zh') ? 'zh-CN' : 'en-US');

/** 8,120,000 in English; 812万 in Chinese, the way follower counts are written there. */
export function formatFollowers(count: number, locale: string): string {
  const options: Intl.NumberFormatOptions = locale.startsWith('zh') ? { notation: 'compact', maximumFractionDigits: 1 } : {};
  return new Intl.NumberFormat(intlLocale(locale), options).format(count);
}

/** Integer cents as yuan: CN¥12,000.00 / ¥12,000.00. */
export const formatCny = (cents: number, locale: string) =>
  new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: 'CNY' }).format(cents / 100);

export const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
export const DATE: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };

export const formatDateTime = (value: string | Date, locale: string) => new Date(value).toLocaleString(intlLocale(locale), DATE_TIME);
export const formatDate = (value: string | Date, locale: string) => new Date(value).toLocaleDateString(intlLocale(locale), DATE);

/** `formatDateTime` / `formatDate` in the chosen language, outside a record context. */
export function useDateFormat() {
  const [locale] = useLocaleState();
  return {
    dateTime: (value: string | Date) => formatDateTime(value, locale),
    date: (value: string | Date) => formatDate(value, locale),
  };
}
