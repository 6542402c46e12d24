import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import chinesePackage from '@haxqer/ra-language-chinese';
import { mergeTranslations, resolveBrowserLocale, type I18nProvider, type TranslationMessages } from 'react-admin';
import { localizedName, type Named } from '../../domain/reference';
import { parts as enParts } from './en';
import { parts as zhParts, ra as raZh } from './zh';

export const LOCALES = [
  { locale: 'en', name: 'English' },
  { locale: 'zh', name: '简体中文' },
];

// The Chinese package is CommonJS with `exports.default`: through the bundler's (and Node's) interop the
// default import is `{ default: messages }`, so unwrap it.
const chineseMessages = (chinesePackage as unknown as { default?: TranslationMessages }).default ?? chinesePackage;

const english: TranslationMessages = mergeTranslations(englishMessages, ...Object.values(enParts));
// English underneath: a key the Chinese package or ./zh lacks (e.g. one added in react-admin 5) shows in English.
const chinese: TranslationMessages = mergeTranslations(english, chineseMessages, raZh, ...Object.values(zhParts));
const messages: Record<string, TranslationMessages> = { en: english, zh: chinese };

// Kept outside react-admin's store, which is cleared on sign-out: the language choice survives it.
const STORAGE_KEY = 'trustdesk.locale';

function storedLocale(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function initialLocale(): string {
  const stored = storedLocale();
  if (stored && messages[stored]) return stored;
  return resolveBrowserLocale('en') === 'zh' ? 'zh' : 'en';
}

function markDocument(locale: string) {
  document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
}

const polyglot = polyglotI18nProvider((locale) => messages[locale] ?? english, initialLocale(), LOCALES, {
  allowMissing: true,
});
markDocument(polyglot.getLocale());

export const i18nProvider: I18nProvider = {
  ...polyglot,
  async changeLocale(locale, options) {
    await polyglot.changeLocale(locale, options);
    markDocument(locale);
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // private mode: the choice lasts for this page only
    }
  },
};

/**
 * `recordRepresentation` for reference data: the name in the current language, as a string
 * (so it also works in selects, autocompletes and page titles). The whole app re-renders on a
 * language change, so reading the provider's locale here is enough.
 */
export const localizedRepresentation = (record: Named) => localizedName(record, i18nProvider.getLocale());
