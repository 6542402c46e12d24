/**
 * The buyer's tracking page, rendered on the server from the public projection (domain/tracking.ts):
 * a phone-sized timeline, the certificate and seal numbers large enough to compare on arrival, and
 * nothing that needs JavaScript. Times are shown in China time, where the buyers are.
 */
import { formatGrams } from '../../domain/inspections';
import { formatTrackingCode } from '../../domain/orders';
import { ARRIVAL_CHECK, type PublicTracking } from '../../domain/tracking';
import { escapeHtml, page, type PublicLang } from './html';

const T = {
  title: { en: 'Inspection tracking', zh: '质检进度' },
  guarantee: {
    en: 'Official authenticity guarantee: every jewelry order is checked by a certified inspection agency before it ships.',
    zh: '官方保真：每件珠宝订单发货前均由权威检测机构质检。',
  },
  code: { en: 'Tracking code', zh: '查询码' },
  declared: { en: 'Declared', zh: '商家标称' },
  warehouse: { en: 'Inspection warehouse', zh: '质检仓' },
  agency: { en: 'Inspection agency', zh: '检测机构' },
  certificate: { en: 'Certificate no.', zh: '证书编号' },
  seal: { en: 'Seal no.', zh: '防拆封条编号' },
  progress: { en: 'Progress', zh: '进度' },
  notFound: { en: 'No parcel has this tracking code', zh: '未找到该查询码对应的包裹' },
  notFoundHint: {
    en: 'Check the code on your order page and try again. Codes have 10 letters and digits.',
    zh: '请核对订单页面上的查询码后重试。查询码为10位字母和数字。',
  },
  tooMany: { en: 'Too many lookups', zh: '查询过于频繁' },
  tooManyHint: {
    en: 'Too many unknown codes were tried from your connection. Try again in {m} minutes.',
    zh: '您的网络尝试了过多无效查询码，请{m}分钟后再试。',
  },
} as const;

const STYLE = `<style>
  .status { font-size: 1.15rem; font-weight: 600; }
  .numbers { display: grid; gap: 8px; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); margin: 12px 0; }
  .number { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; }
  .number b { display: block; font: 600 1.3rem/1.4 ui-monospace, Menlo, Consolas, monospace; letter-spacing: 0.05em; word-break: break-all; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin: 12px 0; }
  dt { color: var(--muted); }
  dd { margin: 0; }
  ol.timeline { list-style: none; padding: 0; margin: 0; border-left: 2px solid var(--line); }
  ol.timeline li { position: relative; padding: 0 0 12px 16px; }
  ol.timeline li::before { content: ''; position: absolute; left: -6px; top: 0.55em; width: 10px; height: 10px; border-radius: 50%; background: var(--line); }
  ol.timeline li:last-child::before { background: var(--accent); }
  ol.timeline time { display: block; color: var(--muted); font-size: 14px; }
  @media print { .number { break-inside: avoid; } }
</style>`;

function when(iso: string, lang: PublicLang): string {
  const text = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' }).format(
    new Date(iso),
  );
  return `<time datetime="${escapeHtml(iso)}">${escapeHtml(text)} ${lang === 'zh' ? '（北京时间）' : '(China time)'}</time>`;
}

const other = (lang: PublicLang, path: string) => `${path}?lang=${lang === 'zh' ? 'en' : 'zh'}`;

export function trackingPage(t: PublicTracking, lang: PublicLang, path: string): string {
  const numbers = [
    t.certificateNo && `<div class="number">${T.certificate[lang]}<b>${escapeHtml(t.certificateNo)}</b></div>`,
    t.sealNo && `<div class="number">${T.seal[lang]}<b>${escapeHtml(t.sealNo)}</b></div>`,
  ].filter(Boolean);
  const milestones = [...t.milestones]
    .reverse()
    .map((m) => `<li>${when(m.at, lang)}${escapeHtml(m.label)}${m.note ? `<div class="muted">${escapeHtml(m.note)}</div>` : ''}</li>`)
    .join('\n');
  const body = `<h1>${escapeHtml(t.productTitle)}</h1>
<p class="status banner">${escapeHtml(t.label)}</p>
${numbers.length ? `<div class="numbers">${numbers.join('')}</div>` : ''}
${t.sealNo ? `<p>${escapeHtml(ARRIVAL_CHECK[lang])}</p>` : ''}
<dl>
  <dt>${T.code[lang]}</dt><dd>${escapeHtml(formatTrackingCode(t.trackingCode))}</dd>
  <dt>${T.declared[lang]}</dt><dd>${escapeHtml(t.declaredMaterialName)} · ${escapeHtml(formatGrams(t.declaredWeightGrams))} ${lang === 'zh' ? '克' : 'g'}</dd>
  <dt>${T.warehouse[lang]}</dt><dd>${escapeHtml(t.warehouse.name)} · ${escapeHtml(t.warehouse.city)}</dd>
  <dt>${T.agency[lang]}</dt><dd>${escapeHtml(t.warehouse.agency)}</dd>
</dl>
<h2>${T.progress[lang]}</h2>
<ol class="timeline" reversed>
${milestones}
</ol>
<p class="muted">${T.guarantee[lang]}</p>`;
  return page({ lang, title: `${T.title[lang]} · ${t.productTitle}`, body, otherLanguage: other(lang, path), head: STYLE });
}

export function notFoundPage(lang: PublicLang, code: string): string {
  const body = `<h1>${T.notFound[lang]}</h1>
<p><code>${escapeHtml(code.slice(0, 40))}</code></p>
<p>${T.notFoundHint[lang]}</p>`;
  return page({ lang, title: T.title[lang], body, otherLanguage: other(lang, `/track/${encodeURIComponent(code.slice(0, 40))}`) });
}

export function tooManyPage(lang: PublicLang, minutes: number): string {
  return page({ lang, title: T.tooMany[lang], body: `<h1>${T.tooMany[lang]}</h1>\n<p>${T.tooManyHint[lang].replace('{m}', String(minutes))}</p>` });
}
