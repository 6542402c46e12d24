/**
 * `/public/notices.xml`: an RSS 2.0 feed of the public notices (with its atom:self link), each item
 * carrying the notice rendered as the page shows it. All text is XML-escaped, and characters XML
 * cannot carry at all (most control characters) are dropped.
 */
import { renderMarkdown } from '../../domain/markdown';
import { entryTable } from '../../domain/notice-text';
import type { PublicNotice } from '../notices/public';
import type { PublicLang } from './html';
import { noticesTitle } from './notice-pages';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
export const escapeXml = (value: unknown): string =>
  String(value ?? '')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters even escaped
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);

/** RFC 822 dates, as RSS wants them. */
const rfc822 = (iso: string) => new Date(iso).toUTCString();

const RETRACTED = { zh: '[已撤回] ', en: '[Retracted] ' } as const;
const DESCRIPTION = {
  zh: '平台依法依规公示的违规商家处罚公告。',
  en: 'Notices naming the merchants the platform penalized, and why.',
} as const;

function item(n: PublicNotice, base: string, lang: PublicLang): string {
  const url = `${base}/notices/${n.slug}`;
  const html = `${renderMarkdown(n.body)}${renderMarkdown(entryTable(n.entries, lang))}`;
  return `<item>
<title>${escapeXml(`${n.status === 'retracted' ? RETRACTED[lang] : ''}${n.title}`)}</title>
<link>${escapeXml(url)}</link>
<guid isPermaLink="true">${escapeXml(url)}</guid>
<pubDate>${rfc822(n.publishedAt)}</pubDate>
${n.category ? `<category>${escapeXml(lang === 'zh' ? n.category.nameZh : n.category.name)}</category>` : ''}
<description>${escapeXml(html)}</description>
</item>`;
}

export function noticeFeed(notices: PublicNotice[], opts: { base: string; lang: PublicLang }): string {
  const { base, lang } = opts;
  // The newest change the feed shows, not the time of the request: the same feed gets the same ETag.
  const changed = notices
    .flatMap((n) => [n.publishedAt, n.retractedAt ?? ''])
    .sort()
    .pop();
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${escapeXml(noticesTitle(lang))}</title>
<link>${escapeXml(`${base}/notices`)}</link>
<description>${escapeXml(DESCRIPTION[lang])}</description>
<language>${lang === 'zh' ? 'zh-cn' : 'en'}</language>
<atom:link href="${escapeXml(`${base}/public/notices.xml`)}" rel="self" type="application/rss+xml"/>
${changed ? `<lastBuildDate>${rfc822(changed)}</lastBuildDate>` : ''}
${notices.map((n) => item(n, base, lang)).join('\n')}
</channel>
</rss>
`;
}
