/**
 * The words of a penalty notice in Chinese and English: the standard title and introduction a
 * generated draft starts from, and the entry table the public page shows. The table is Markdown
 * for the one renderer (./markdown.ts), so the SPA's preview and the public page agree; every
 * value in it is escaped, so a hostile nickname is only ever text.
 */
import { escapeMarkdown } from './markdown';
import { dayOf, type NoticeEntry, type Period } from './notices';
import type { PenaltyType } from './penalties';

export type NoticeLang = 'zh' | 'en';
type Entry = Omit<NoticeEntry, 'penaltyId'>;

const DAY_MS = 86_400_000;

export const PENALTY_TYPE_LABELS: Readonly<Record<NoticeLang, Record<PenaltyType, string>>> = {
  zh: { warning: '警告', listing_removal: '商品下架', fine: '罚款', live_suspension: '停播', permanent_ban: '永久封禁' },
  en: { warning: 'Warning', listing_removal: 'Listing removal', fine: 'Fine', live_suspension: 'Live-stream suspension', permanent_ban: 'Permanent ban' },
};

const HEADERS: Readonly<Record<NoticeLang, string[]>> = {
  zh: ['序号', '商家昵称', '商家ID', '粉丝数', '违规行为', '处罚措施', '处罚期限'],
  en: ['No.', 'Merchant', 'Merchant ID', 'Followers', 'Violation', 'Penalty', 'Period'],
};

const grouped = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** 8,120,000 in English; 812万 in Chinese (one decimal where it matters). */
export function formatFollowers(n: number, lang: NoticeLang): string {
  if (lang === 'en' || n < 10_000) return grouped(n);
  const wan = n / 10_000;
  return `${wan >= 100 ? Math.round(wan) : Number(wan.toFixed(1))}万`;
}

export const formatYuan = (cents: number): string => `¥${grouped(cents / 100)}`;

/** "Live-stream suspension, 7 days" / "停播7天"; "Fine ¥200,000" / "罚款¥200,000". */
export function penaltyText(entry: Pick<Entry, 'penaltyType' | 'fineCents' | 'startsAt' | 'endsAt'>, lang: NoticeLang): string {
  const label = PENALTY_TYPE_LABELS[lang][entry.penaltyType] ?? entry.penaltyType;
  if (entry.penaltyType === 'fine' && entry.fineCents != null)
    return lang === 'zh' ? `${label}${formatYuan(entry.fineCents)}` : `${label} ${formatYuan(entry.fineCents)}`;
  if (entry.endsAt) {
    const days = Math.round((Date.parse(entry.endsAt) - Date.parse(entry.startsAt)) / DAY_MS);
    return lang === 'zh' ? `${label}${days}天` : `${label}, ${days} day${days === 1 ? '' : 's'}`;
  }
  return label;
}

/** When the penalty ran: "2026-08-31 – 2026-09-07", a ban "from 2026-11-09", a warning or fine its day. */
export function penaltyPeriodText(entry: Pick<Entry, 'penaltyType' | 'startsAt' | 'endsAt'>, lang: NoticeLang): string {
  const start = dayOf(entry.startsAt);
  if (entry.endsAt) return lang === 'zh' ? `${start} 至 ${dayOf(entry.endsAt)}` : `${start} – ${dayOf(entry.endsAt)}`;
  if (entry.penaltyType === 'permanent_ban') return lang === 'zh' ? `${start} 起永久` : `permanent from ${start}`;
  return start;
}

export const violationText = (entry: Pick<Entry, 'violations'>, lang: NoticeLang): string =>
  entry.violations.map((v) => (lang === 'zh' ? v.nameZh || v.name : v.name || v.nameZh)).join(lang === 'zh' ? '、' : ', ');

/** The entries as a Markdown table in the reader's language; every cell escaped. */
export function entryTable(entries: Entry[], lang: NoticeLang): string {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const lines = [row(HEADERS[lang]), row(HEADERS[lang].map(() => '---'))];
  entries.forEach((e, i) => {
    const cells = [
      String(i + 1),
      e.merchantNickname,
      String(e.merchantId),
      formatFollowers(e.followerCount, lang),
      violationText(e, lang),
      penaltyText(e, lang),
      penaltyPeriodText(e, lang),
    ];
    lines.push(row(cells.map(escapeMarkdown)));
  });
  return lines.join('\n');
}

export interface NoticeScope {
  category: { name: string; nameZh: string } | null;
  period: Period;
}

const scopeNames = (scope: NoticeScope) => ({ zh: scope.category?.nameZh ?? '全平台', en: scope.category?.name ?? 'All categories' });
const periodWords = (period: Period) => ({
  zh: `${zhDate(period.start)}至${zhDate(period.end)}`,
  en: `${dayOf(period.start)} to ${dayOf(period.end)}`,
});
const zhDate = (iso: string) => {
  const [y, m, d] = dayOf(iso).split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/** "珠宝玉石违规处罚公告（2026年10月1日至2026年10月31日）· Jewelry & jade penalty notice, 2026-10-01 to 2026-10-31" */
export function standardTitle(scope: NoticeScope): string {
  const names = scopeNames(scope);
  const period = periodWords(scope.period);
  return `${names.zh}违规处罚公告（${period.zh}）· ${names.en} penalty notice, ${period.en}`;
}

/** The standard opening paragraphs, Chinese then English, that a generated draft starts with. */
export function standardIntro(scope: NoticeScope & { merchants: number }): string {
  const names = scopeNames(scope);
  const period = periodWords(scope.period);
  const n = scope.merchants;
  return [
    `为维护平台${names.zh}类目的交易秩序，保障消费者的合法权益，平台对${period.zh}期间经核实存在违规行为的${n}家商家作出处罚，现将处罚结果公告如下。`,
    '商家如对处罚结果有异议，可在处罚生效之日起按平台规则提出申诉。平台将持续开展质检与巡查，欢迎消费者监督举报。',
    `To keep the ${names.en.toLowerCase()} category honest and protect buyers, the platform penalized ${n} merchant${n === 1 ? '' : 's'} for violations confirmed from ${period.en}. They are listed below.`,
    'Merchants who disagree with a penalty may appeal under the platform rules from the day it takes effect. Inspections and patrols continue; buyers are welcome to report violations.',
  ].join('\n\n');
}

/**
 * The public notice page's own words (server/public/notice-pages.ts), kept here so the SPA's
 * preview labels the page exactly as readers will see it.
 */
export const NOTICE_PAGE_WORDS = {
  zh: {
    notices: '违规处罚公告',
    all: '全部类目',
    allScope: '全平台',
    period: '处罚周期',
    published: '发布日期',
    entries: '处罚名单',
    count: (n: number) => `共 ${n} 条`,
    retracted: '已撤回',
    retractedOn: (day: string) => `本公告已于 ${day} 撤回。`,
    reason: '撤回原因：',
    correctedBy: '更正后的公告：',
    corrects: '本公告更正了：',
    newer: '较新',
    older: '较早',
    none: '暂无公告。',
    feed: 'RSS 订阅',
    back: '返回公告列表',
    notFound: '未找到该公告。',
  },
  en: {
    notices: 'Penalty notices',
    all: 'All categories',
    allScope: 'All categories',
    period: 'Period',
    published: 'Published',
    entries: 'Penalized merchants',
    count: (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`,
    retracted: 'Retracted',
    retractedOn: (day: string) => `This notice was retracted on ${day}.`,
    reason: 'Reason: ',
    correctedBy: 'Corrected notice: ',
    corrects: 'This notice corrects: ',
    newer: 'Newer',
    older: 'Older',
    none: 'No notices yet.',
    feed: 'RSS feed',
    back: 'All notices',
    notFound: 'There is no such notice.',
  },
} as const;

/** "2026-10-01 至 2026-10-31" / "2026-10-01 – 2026-10-31". */
export const noticePeriodText = (n: { periodStart: string; periodEnd: string }, lang: NoticeLang): string =>
  `${dayOf(n.periodStart)} ${lang === 'zh' ? '至' : '–'} ${dayOf(n.periodEnd)}`;
