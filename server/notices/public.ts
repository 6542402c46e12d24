/**
 * Notices as the public reads them (server/public/notices.ts): published and retracted ones only,
 * from their frozen snapshots, with nothing internal — no staff ids, review notes, drafts' text or
 * penalty ids. Every read first publishes scheduled notices that are due, so a notice appears on
 * time even between the job's runs.
 */
import type { Knex } from 'knex';
import { PUBLIC_NOTICE_STATUSES, publicEntry, type NoticeEntry, type NoticeStatus, type PublicNoticeEntry } from '../../domain/notices';
import type { Database } from '../db';
import { toNumber } from '../db/dialect';
import { toIso } from '../db/time';
import { inCategory } from '../categories/filter';
import { publishDueNotices } from './publishing';

export interface PublicCategory {
  code: string;
  name: string;
  nameZh: string;
}
export interface LinkedNotice {
  slug: string;
  title: string;
}

export interface PublicNoticeSummary {
  slug: string;
  title: string;
  status: Extract<NoticeStatus, 'published' | 'retracted'>;
  category: PublicCategory | null;
  periodStart: string;
  periodEnd: string;
  publishedAt: string;
  retractedAt: string | null;
  entryCount: number;
}

export interface PublicNotice extends PublicNoticeSummary {
  body: string;
  retractionReason: string | null;
  /** The notice this one corrects, and the one that corrects this. */
  corrects: LinkedNotice | null;
  correctedBy: LinkedNotice | null;
  entries: PublicNoticeEntry[];
}

type Row = Record<string, any>;

const COLUMNS = [
  'notices.id',
  'notices.slug',
  'notices.title',
  'notices.status',
  'notices.body',
  'notices.periodStart',
  'notices.periodEnd',
  'notices.publishedAt',
  'notices.retractedAt',
  'notices.retractionReason',
  'notices.correctsId',
  'notices.entries',
  'categories.code as categoryCode',
  'categories.name as categoryName',
  'categories.nameZh as categoryNameZh',
];

const visible = (knex: Knex) =>
  knex('notices')
    .leftJoin('categories', 'categories.id', 'notices.categoryId')
    .whereIn('notices.status', PUBLIC_NOTICE_STATUSES as string[]);

const entriesOf = (row: Row): NoticeEntry[] => (typeof row.entries === 'string' ? JSON.parse(row.entries) : (row.entries ?? []));

function summary(row: Row): PublicNoticeSummary {
  return {
    slug: row.slug,
    title: row.title,
    status: row.status,
    category: row.categoryCode ? { code: row.categoryCode, name: row.categoryName, nameZh: row.categoryNameZh } : null,
    periodStart: toIso(row.periodStart)!,
    periodEnd: toIso(row.periodEnd)!,
    publishedAt: toIso(row.publishedAt)!,
    retractedAt: toIso(row.retractedAt),
    entryCount: entriesOf(row).length,
  };
}

export interface PublicPage {
  notices: PublicNoticeSummary[];
  page: number;
  pageSize: number;
  total: number;
}

/** Newest first, optionally in one category (and its subcategories). */
export async function listPublicNotices(db: Database, q: { categoryId?: number | null; page: number; pageSize: number }): Promise<PublicPage> {
  await publishDueNotices(db);
  const scoped = () => {
    const qb = visible(db.reader);
    if (q.categoryId != null) inCategory('notices.categoryId').apply(qb, [q.categoryId], { dialect: db.dialect, now: '' });
    return qb;
  };
  const [rows, counted] = await Promise.all([
    scoped()
      .select(COLUMNS)
      .orderBy([
        { column: 'notices.publishedAt', order: 'desc' },
        { column: 'notices.id', order: 'desc' },
      ])
      .offset((q.page - 1) * q.pageSize)
      .limit(q.pageSize),
    scoped().count({ total: '*' }),
  ]);
  return { notices: rows.map(summary), page: q.page, pageSize: q.pageSize, total: toNumber(counted[0].total) };
}

const linked = async (knex: Knex, where: Record<string, unknown>): Promise<LinkedNotice | null> => {
  const row = await visible(knex).where(where).first('notices.slug', 'notices.title');
  return row ? { slug: row.slug, title: row.title } : null;
};

const fullNotice = (row: Row, links: Pick<PublicNotice, 'corrects' | 'correctedBy'>): PublicNotice => ({
  ...summary(row),
  body: row.body,
  retractionReason: row.retractionReason ?? null,
  ...links,
  entries: entriesOf(row).map(publicEntry),
});

export async function findPublicNotice(db: Database, slug: string): Promise<PublicNotice | null> {
  await publishDueNotices(db);
  const row = await visible(db.reader).where('notices.slug', slug).first(COLUMNS);
  if (!row) return null;
  return fullNotice(row, {
    corrects: row.correctsId == null ? null : await linked(db.reader, { 'notices.id': row.correctsId }),
    correctedBy: await linked(db.reader, { 'notices.correctsId': row.id }),
  });
}

/** The newest notices in full (the feed), without their links to corrections. */
export async function recentPublicNotices(db: Database, limit: number): Promise<PublicNotice[]> {
  await publishDueNotices(db);
  const rows = await visible(db.reader).select(COLUMNS).orderBy('notices.publishedAt', 'desc').orderBy('notices.id', 'desc').limit(limit);
  return rows.map((row: Row) => fullNotice(row, { corrects: null, correctedBy: null }));
}

/** The categories that have public notices, for the list's filter links. */
export async function publicNoticeCategories(db: Database): Promise<(PublicCategory & { id: number })[]> {
  const rows = await visible(db.reader)
    .whereNotNull('notices.categoryId')
    .distinct('categories.id', 'categories.code', 'categories.name', 'categories.nameZh')
    .orderBy('categories.code');
  return rows.map((r: Row) => ({ id: r.id, code: r.code, name: r.name, nameZh: r.nameZh }));
}
