/**
 * Public penalty notices, no sign-in (SPEC §4): `/notices` (newest first, `?category=<code>`,
 * `?page=`), `/notices/<slug>`, and their JSON twins `/public/notices` and `/public/notices/<slug>`,
 * plus the RSS feed `/public/notices.xml`. Short shared caching with revalidation: Express answers
 * `If-None-Match` with 304 from the body's ETag.
 */
import { Router, type Request, type Response } from 'express';
import { isValidSlug } from '../../domain/notices';
import type { Database } from '../db';
import { badRequest, fieldError, HttpError, notFound } from '../http/errors';
import { findPublicNotice, listPublicNotices, publicNoticeCategories, recentPublicNotices } from '../notices/public';
import { langOf, type PublicLang } from './html';
import { noticeFeed } from './notice-feed';
import { type Href, noticeErrorPage, noticeListPage, noticeNotFoundText, noticePage } from './notice-pages';

const CACHE_CONTROL = 'public, max-age=60, must-revalidate';
const PAGE_SIZE = 20;
const MAX_PAGE = 100_000;
const MAX_PAGE_SIZE = 100;
// Each item carries its whole entry table (tens of kilobytes for a busy month): the newest 20 are plenty.
const FEED_SIZE = 20;

/** A whole number from 1 to `max` in the query, `fallback` when absent, or null when it is something else. */
function queryInt(value: unknown, fallback: number, max: number): number | null {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !/^\d{1,6}$/.test(value)) return null;
  const n = Number(value);
  return n >= 1 && n <= max ? n : null;
}

/** Links that keep the language the reader chose (none chosen: each visit follows the browser). */
function hrefFor(req: Request): Href {
  const chosen = req.query.lang === 'zh' || req.query.lang === 'en' ? String(req.query.lang) : undefined;
  return (path, query = {}) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...query, lang: chosen })) if (v !== undefined) params.set(k, String(v));
    const qs = params.toString();
    return qs ? `${path}?${qs}` : path;
  };
}

/** This page with the other language chosen. */
function otherLanguage(req: Request, lang: PublicLang): string {
  const params = new URLSearchParams(req.originalUrl.split('?')[1] ?? '');
  params.set('lang', lang === 'zh' ? 'en' : 'zh');
  return `${req.path}?${params}`;
}

const cached = (res: Response, varyLanguage: boolean) => {
  res.set('Cache-Control', CACHE_CONTROL);
  if (varyLanguage) res.vary('Accept-Language');
  return res;
};

/** The list's page, page size and category (a code); a 400 or 404 naming what is wrong. */
async function listFilter(db: Database, req: Request) {
  const page = queryInt(req.query.page, 1, MAX_PAGE);
  const pageSize = queryInt(req.query.pageSize, PAGE_SIZE, MAX_PAGE_SIZE);
  const bad = (field: string, max: number) =>
    badRequest('list.bad_filter', { field, why: `a whole number from 1 to ${max}` }, { [field]: fieldError('field.invalid') });
  if (page === null) throw bad('page', MAX_PAGE);
  if (pageSize === null) throw bad('pageSize', MAX_PAGE_SIZE);
  const code = req.query.category;
  const categories = await publicNoticeCategories(db);
  const category = code === undefined ? null : categories.find((c) => c.code === code);
  if (category === undefined) throw notFound('Category', String(code));
  return { page, pageSize, category, categories };
}

export function noticesRouter(db: Database): Router {
  const router = Router();

  router.get('/notices', async (req, res) => {
    const lang = langOf(req);
    const href = hrefFor(req);
    const filter = await listFilter(db, req).catch((err: unknown) => {
      if (!(err instanceof HttpError)) throw err;
      res.status(err.status).type('html').send(noticeErrorPage(err.message, { lang, href }));
    });
    if (!filter) return;
    const data = await listPublicNotices(db, { categoryId: filter.category?.id, page: filter.page, pageSize: PAGE_SIZE });
    const html = noticeListPage(data, { lang, categories: filter.categories, category: filter.category?.code ?? null, href, other: otherLanguage(req, lang) });
    cached(res, true).type('html').send(html);
  });

  router.get('/notices/:slug', async (req, res) => {
    const lang = langOf(req);
    const href = hrefFor(req);
    const slug = String(req.params.slug);
    const notice = isValidSlug(slug) ? await findPublicNotice(db, slug) : null;
    if (!notice) {
      res
        .status(404)
        .type('html')
        .send(noticeErrorPage(noticeNotFoundText(lang), { lang, href }));
      return;
    }
    cached(res, true)
      .type('html')
      .send(noticePage(notice, { lang, href, other: otherLanguage(req, lang) }));
  });

  router.get('/public/notices.xml', async (req, res) => {
    const lang = langOf(req);
    const base = `${req.protocol}://${req.get('host')}`;
    const xml = noticeFeed(await recentPublicNotices(db, FEED_SIZE), { base, lang });
    cached(res, true).type('application/rss+xml; charset=utf-8').send(xml);
  });

  router.get('/public/notices', async (req, res) => {
    const filter = await listFilter(db, req);
    const data = await listPublicNotices(db, { categoryId: filter.category?.id, page: filter.page, pageSize: filter.pageSize });
    cached(res, false).json(data);
  });

  router.get('/public/notices/:slug', async (req, res) => {
    const slug = String(req.params.slug);
    const notice = isValidSlug(slug) ? await findPublicNotice(db, slug) : null;
    if (!notice) throw notFound('Notice', slug);
    cached(res, false).json(notice);
  });

  return router;
}
