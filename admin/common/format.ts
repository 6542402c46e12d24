/** Locale-aware formatting for every screen: one style of dates and numbers per language. */
import { useLocaleState } from 'react-admin';

/** The Intl locale for a react-admin locale (`zh` → `zh-CN`). */
export const intlLocale = (locale: string) => (locale.startsWith('zh') ? 'zh-CN' : 'en-US');

export function useIntlLocale(): string {
  const [locale] = useLocaleState();
  return intlLocale(locale);
}

/** 8,120,000 in English; 812万 in Chinese, the way follower counts are written there. */
export function formatFollowers(count: number, locale: string): string {
  const options: Intl.NumberFormatOptions = locale.startsWith('zh') ? { notation: 'compact', maximumFractionDigits: 1 } : {};
  return new Intl.NumberFormat(intlLocale(locale), options).format(count);
}

export const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
export const DATE: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };

export function formatDateTime(iso: string, locale: string): string {
  return new Date(iso).toLocaleString(intlLocale(locale), DATE_TIME);
}

export function formatDate(iso: string, locale: string): string {
  return new Date(iso).toLocaleDateString(intlLocale(locale), DATE);
}
