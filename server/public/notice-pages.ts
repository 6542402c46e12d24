/**
 * The public notice pages in Chinese or English: the list (`/notices`) and one notice
 * (`/notices/<slug>`) with its entry table, a retraction banner and links between a notice and
 * its correction. Staff-written Markdown goes through the one renderer (raw HTML off); every
 * other value through escapeHtml.
 */
import { renderMarkdown } from '../../domain/markdown';
import { dayOf } from '../../domain/notices';
import { entryTable, NOTICE_PAGE_WORDS as WORDS, noticePeriodText as periodText } from '../../domain/notice-text';
import { localizedName } from '../../domain/reference';
import type { PublicCategory, PublicNotice, PublicNoticeSummary, PublicPage } from '../notices/public';
import { escapeHtml, page, type PublicLang } from './html';

const FEED_LINK = '<link rel="alternate" type="application/rss+xml" title="RSS" href="/public/notices.xml">';

/** A path on this site with the query given (and the language when the reader chose one). */
export type Href = (path: string, query?: Record<string, string | number | undefined>) => string;

const categoryName = (c: PublicCategory | null, lang: PublicLang) => (c ? localizedName(c, lang) : WORDS[lang].allScope);

function listItem(n: PublicNoticeSummary, lang: PublicLang, href: Href): string {
  const w = WORDS[lang];
  const flag = n.status === 'retracted' ? ` <strong class="flag">[${w.retracted}]</strong>` : '';
  return `<li><a href="${escapeHtml(href(`/notices/${n.slug}`))}">${escapeHtml(n.title)}</a>${flag}
<div class="muted">${escapeHtml(categoryName(n.category, lang))} · ${w.period} ${escapeHtml(periodText(n, lang))} · ${w.published} ${escapeHtml(dayOf(n.publishedAt))} · ${escapeHtml(w.count(n.entryCount))}</div></li>`;
}

export function noticeListPage(
  data: PublicPage,
  opts: { lang: PublicLang; categories: PublicCategory[]; category: string | null; href: Href; other: string },
): string {
  const { lang, href } = opts;
  const w = WORDS[lang];
  const filters = [
    `<a href="${escapeHtml(href('/notices'))}"${opts.category ? '' : ' aria-current="page"'}>${w.all}</a>`,
    ...opts.categories.map(
      (c) =>
        `<a href="${escapeHtml(href('/notices', { category: c.code }))}"${opts.category === c.code ? ' aria-current="page"' : ''}>${escapeHtml(localizedName(c, lang))}</a>`,
    ),
  ].join(' · ');
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  const pageLink = (n: number, label: string) => `<a href="${escapeHtml(href('/notices', { category: opts.category ?? undefined, page: n }))}">${label}</a>`;
  const nav = [
    data.page > 1 ? pageLink(data.page - 1, `← ${w.newer}`) : '',
    `${data.page} / ${pages}`,
    data.page < pages ? pageLink(data.page + 1, `${w.older} →`) : '',
  ];
  const items = data.notices.length ? `<ol class="notices">${data.notices.map((n) => listItem(n, lang, href)).join('\n')}</ol>` : `<p>${w.none}</p>`;
  const body = `<h1>${w.notices}</h1>
<nav class="filters">${filters}</nav>
${items}
<nav class="pages">${nav.filter(Boolean).join(' ')}</nav>
<p class="muted"><a href="/public/notices.xml">${w.feed}</a></p>`;
  return page({ lang, title: w.notices, body, otherLanguage: opts.other, head: FEED_LINK });
}

function banners(n: PublicNotice, lang: PublicLang, href: Href): string {
  const w = WORDS[lang];
  const link = (l: { slug: string; title: string }) => `<a href="${escapeHtml(href(`/notices/${l.slug}`))}">${escapeHtml(l.title)}</a>`;
  const out: string[] = [];
  if (n.status === 'retracted') {
    const reason = n.retractionReason ? `<br>${w.reason}${escapeHtml(n.retractionReason)}` : '';
    const correction = n.correctedBy ? `<br>${w.correctedBy}${link(n.correctedBy)}` : '';
    out.push(
      `<div class="banner" role="note"><strong>${w.retracted}</strong> ${escapeHtml(w.retractedOn(dayOf(n.retractedAt ?? n.publishedAt)))}${reason}${correction}</div>`,
    );
  }
  if (n.corrects) out.push(`<p class="muted">${w.corrects}${link(n.corrects)}</p>`);
  return out.join('\n');
}

export function noticePage(n: PublicNotice, opts: { lang: PublicLang; href: Href; other: string }): string {
  const { lang, href } = opts;
  const w = WORDS[lang];
  const body = `<p><a href="${escapeHtml(href('/notices'))}">← ${w.back}</a></p>
<article>
<h1>${escapeHtml(n.title)}</h1>
<p class="muted">${escapeHtml(categoryName(n.category, lang))} · ${w.period} ${escapeHtml(periodText(n, lang))} · ${w.published} ${escapeHtml(dayOf(n.publishedAt))}</p>
${banners(n, lang, href)}
<div class="body">${renderMarkdown(n.body)}</div>
<h2>${w.entries} <span class="muted">(${escapeHtml(w.count(n.entries.length))})</span></h2>
<div class="table">${renderMarkdown(entryTable(n.entries, lang))}</div>
</article>`;
  return page({ lang, title: `${n.title} — ${w.notices}`, body, otherLanguage: opts.other, head: FEED_LINK });
}

export function noticeErrorPage(message: string, opts: { lang: PublicLang; href: Href }): string {
  const w = WORDS[opts.lang];
  return page({
    lang: opts.lang,
    title: w.notices,
    body: `<h1>${w.notices}</h1><p>${escapeHtml(message)}</p><p><a href="${escapeHtml(opts.href('/notices'))}">${w.back}</a></p>`,
  });
}

export const noticeNotFoundText = (lang: PublicLang) => WORDS[lang].notFound;
export const noticesTitle = (lang: PublicLang) => WORDS[lang].notices;
