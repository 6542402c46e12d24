/**
 * Server-rendered pages for the public (buyers tracking a parcel, readers of penalty notices):
 * readable without JavaScript, on a phone, in print, in Chinese or English. Every value goes
 * through `escapeHtml`; nothing here trusts text that staff or merchants typed.
 */
import type { Request } from 'express';

export type PublicLang = 'zh' | 'en';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (value: unknown): string => String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** `?lang=` first, then the browser's Accept-Language; Chinese when it asks for any zh. */
export function langOf(req: Request): PublicLang {
  const asked = String(req.query.lang ?? '');
  if (asked === 'zh' || asked === 'en') return asked;
  return req.acceptsLanguages('zh', 'zh-CN', 'en') && /^zh/i.test(req.acceptsLanguages('zh', 'zh-CN', 'en') || '') ? 'zh' : 'en';
}

const STYLE = `
  :root { color-scheme: light dark; --fg: #1d1d1f; --muted: #5f6368; --line: #dadce0; --accent: #b3261e; }
  @media (prefers-color-scheme: dark) { :root { --fg: #e8eaed; --muted: #9aa0a6; --line: #3c4043; --accent: #f2b8b5; } }
  * { box-sizing: border-box; }
  body { margin: 0 auto; max-width: 860px; padding: 16px; font: 16px/1.6 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; color: var(--fg); }
  header, footer { display: flex; justify-content: space-between; align-items: baseline; gap: 12px; flex-wrap: wrap; color: var(--muted); font-size: 14px; }
  header { border-bottom: 1px solid var(--line); padding-bottom: 8px; margin-bottom: 16px; }
  footer { border-top: 1px solid var(--line); padding-top: 8px; margin-top: 32px; }
  h1 { font-size: 1.5rem; line-height: 1.3; margin: 0.5rem 0; }
  a { color: inherit; }
  table { border-collapse: collapse; width: 100%; font-size: 14px; }
  th, td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
  .table { overflow-x: auto; }
  .muted { color: var(--muted); }
  .banner { border: 2px solid var(--accent); padding: 8px 12px; border-radius: 6px; margin: 12px 0; }
  @media print { header nav, footer nav { display: none; } body { max-width: none; } a { text-decoration: none; } }
`;

export interface PageOptions {
  lang: PublicLang;
  title: string;
  /** Already-escaped HTML of the page's main content. */
  body: string;
  /** The same page in the other language (a path with its query). */
  otherLanguage?: string;
  /** Extra `<head>` lines (already escaped), e.g. a feed link. */
  head?: string;
}

export function page({ lang, title, body, otherLanguage, head = '' }: PageOptions): string {
  const switcher = otherLanguage
    ? `<nav><a href="${escapeHtml(otherLanguage)}" hreflang="${lang === 'zh' ? 'en' : 'zh'}">${lang === 'zh' ? 'English' : '中文'}</a></nav>`
    : '';
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
${head}
</head>
<body>
<header><span>${lang === 'zh' ? '平台治理' : 'Trust & Safety'}</span>${switcher}</header>
<main>
${body}
</main>
</body>
</html>`;
}
