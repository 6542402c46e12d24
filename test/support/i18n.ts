/** The SPA's messages (admin/i18n/<lang>) as a polyglot translator, the way the app builds it, for unit tests. */
import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslateFunction, TranslationMessages } from 'react-admin';
import { parts as en } from '../../admin/i18n/en';
import { parts as zh } from '../../admin/i18n/zh';

type Tree = { [key: string]: string | Tree };

function merge(target: Tree, source: object): Tree {
  for (const [key, value] of Object.entries(source)) {
    target[key] = typeof value === 'object' ? merge(typeof target[key] === 'object' ? target[key] : {}, value) : value;
  }
  return target;
}

export const messagesOf = (parts: Record<string, object>): Tree => Object.values(parts).reduce<Tree>((all, part) => merge(all, part), {});

export function translatorFor(locale: 'en' | 'zh'): TranslateFunction {
  const messages = messagesOf(locale === 'zh' ? zh : en);
  return polyglotI18nProvider(() => messages as unknown as TranslationMessages, locale, [{ locale, name: locale }], { allowMissing: true }).translate;
}

/** Every leaf of a message tree, by its dotted key. */
export function leaves(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' ? leaves(value, `${prefix}${key}.`) : ([[`${prefix}${key}`, String(value)]] as [string, string][]),
  );
}
