/**
 * The public notices, signed out (SPEC §4): the HTML pages, the JSON, the RSS feed. Snapshots stay
 * as published whatever happens to the penalty or the merchant later; hostile text comes out
 * escaped; nothing internal is exposed; responses are cacheable and revalidate with an ETag.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { penaltyOnFreshMerchant } from './enforcement-fixtures';
import { expectError, setup, type Ctx } from './helpers';
import { getNotice, noticeAction, noticeIn, type Notice } from './notice-fixtures';

let c: Ctx;
/** Signed out, on a stable host (supertest listens on a new port each time, and the feed's links name the host). */
const pub = (url: string) => request(c.app).get(url).set('Host', 'trustdesk.example');
beforeAll(async () => {
  c = await setup();
});
afterAll(() => c.close());

/** Field names the public must never see. */
const INTERNAL = [
  'authorId',
  'approvedById',
  'retractedById',
  'reviewNote',
  'submitNote',
  'penaltyId',
  'penaltyIds',
  'version',
  'lastApproved',
  'correctionReason',
  'reason',
  'issuedById',
];
function expectNoInternals(value: unknown) {
  const keys = new Set<string>();
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') for (const [k, inner] of Object.entries(v)) keys.add(k) && walk(inner);
  };
  walk(value);
  for (const key of INTERNAL) expect(keys.has(key), key).toBe(false);
}

const HOSTILE = `<script>alert('x')</script><img src=x onerror=alert(1)>`;

describe('a published notice, later', () => {
  let n: Notice;
  let merchantId: number;
  beforeAll(async () => {
    const fresh = await penaltyOnFreshMerchant(c, 'reviewer', 'live_suspension');
    merchantId = fresh.merchantId;
    await c.db
      .knex('merchants')
      .where({ id: merchantId })
      .update({ nickname: `${HOSTILE} | 坏人`, followerCount: 123_456 });
    n = await noticeIn(c, 'published', 'comms', { penaltyIds: [fresh.penalty.id], title: `Title ${HOSTILE}` });
    n = (await c.a.comms.get(`/api/notices/${n.id}`)).body;
  });

  it('keeps its snapshot: renaming the merchant and revoking the penalty change nothing public', async () => {
    const before = { json: (await pub(`/public/notices/${n.slug}`)).body, html: (await pub(`/notices/${n.slug}?lang=en`)).text };
    expect(before.json.entries).toEqual([
      expect.objectContaining({ merchantId, merchantNickname: `${HOSTILE} | 坏人`, followerCount: 123_456, penaltyType: 'live_suspension' }),
    ]);
    await c.db.knex('merchants').where({ id: merchantId }).update({ nickname: 'Renamed', followerCount: 1 });
    expect((await c.a.manager.post(`/api/penalties/${n.penaltyIds[0]}/revoke`).send({ reason: 'overturned later' })).status).toBe(200);
    expect((await pub(`/public/notices/${n.slug}`)).body).toEqual(before.json);
    expect((await pub(`/notices/${n.slug}?lang=en`)).text).toBe(before.html);
    expect((await getNotice(c, n.id)).entries).toEqual(n.entries);
  });

  it('escapes hostile text in the title, the body and nicknames on the page, in the JSON and in the feed', async () => {
    const page = (await pub(`/notices/${n.slug}`)).text;
    expect(page).not.toMatch(/<script|<img|onerror=alert\(1\)>/);
    expect(page).toContain('&lt;script&gt;');
    expect(page).toMatch(/<td>&lt;script&gt;alert\('x'\)&lt;\/script&gt;&lt;img src=x onerror=alert\(1\)&gt; \| 坏人<\/td>/);
    const feed = (await pub('/public/notices.xml')).text;
    expect(XMLValidator.validate(feed)).toBe(true);
    const items = new XMLParser().parse(feed).rss.channel.item;
    const item = items.find((i: { link: string }) => i.link.endsWith(`/notices/${n.slug}`));
    expect(item.title).toBe(n.title);
    expect(item.description).not.toMatch(/<script|<img/);
    expect((await pub(`/public/notices/${n.slug}`)).body.title).toBe(`Title ${HOSTILE}`);
  });

  it('exposes no internal field in the JSON', async () => {
    expectNoInternals((await pub(`/public/notices/${n.slug}`)).body);
    expectNoInternals((await pub('/public/notices?pageSize=100')).body);
    const page = (await pub(`/notices/${n.slug}`)).text;
    expect(page).not.toMatch(/Ready for review|reviewNote|authorId/);
  });
});

describe('the list, the pages and the feed', () => {
  it('newest first, only published and retracted notices, paginated, filtered by category', async () => {
    const draft = await noticeIn(c, 'approved');
    const all = (await pub('/public/notices?pageSize=100')).body;
    const [{ n: visible }] = await c.db.knex('notices').whereIn('status', ['published', 'retracted']).count({ n: '*' });
    expect(all.total).toBe(Number(visible));
    expect(all.notices).toHaveLength(Number(visible));
    const published = all.notices.map((x: { publishedAt: string }) => x.publishedAt);
    expect(published).toEqual([...published].sort().reverse());
    expect(all.notices.map((x: { slug: string }) => x.slug)).not.toContain(draft.slug);
    expect(new Set(all.notices.map((x: { status: string }) => x.status))).toEqual(new Set(['published', 'retracted']));
    const second = (await pub('/public/notices?pageSize=2&page=2')).body;
    expect(second.notices.map((x: { slug: string }) => x.slug)).toEqual(all.notices.slice(2, 4).map((x: { slug: string }) => x.slug));
    const jewelry = (await pub('/public/notices?category=jewelry_jade&pageSize=100')).body;
    expect(jewelry.total).toBeGreaterThanOrEqual(6);
    for (const x of jewelry.notices) expect(x.category.code).toBe('jewelry_jade');
    expectError(await pub('/public/notices?page=0'), 400, 'page');
    expectError(await pub('/public/notices?pageSize=1000'), 400, 'pageSize');
    expectError(await pub('/public/notices?category=nope'), 404);
  });

  it('the HTML list and page in Chinese or English, readable without JavaScript, printable', async () => {
    const zh = await pub('/notices').set('Accept-Language', 'zh-CN,zh;q=0.9');
    expect(zh.status).toBe(200);
    expect(zh.headers['content-type']).toMatch(/text\/html/);
    expect(zh.text).toMatch(/<html lang="zh-CN">[\s\S]*违规处罚公告/);
    expect(zh.text).not.toMatch(/<script/);
    const en = await pub('/notices').set('Accept-Language', 'en-US');
    expect(en.text).toMatch(/<html lang="en">[\s\S]*Penalty notices/);
    expect((await pub('/notices?lang=en').set('Accept-Language', 'zh')).text).toContain('<html lang="en">');
    const slug = zh.text.match(/href="\/notices\/([a-z0-9-]+)"/)![1];
    const page = await pub(`/notices/${slug}?lang=en`);
    expect(page.text).toMatch(/<table>[\s\S]*<th>Merchant<\/th>/);
    expect(page.text).toContain('@media print');
    expect(page.text).toContain(`href="/notices/${slug}?lang=zh"`);
    expect((await pub('/notices?category=jewelry_jade&page=1')).status).toBe(200);
    expect((await pub('/notices/no-such-notice')).status).toBe(404);
    expect((await pub('/notices/<script>')).status).toBe(404);
    const badPage = await pub('/notices?page=-1&lang=en');
    expect([badPage.status, badPage.headers['content-type']]).toEqual([400, 'text/html; charset=utf-8']);
    expect(badPage.text).toContain('Invalid filter page: a whole number from 1 to 100000');
  });

  it('a retracted notice stays readable, marked with its reason and a link to its correction', async () => {
    const old = await noticeIn(c, 'published');
    const fix = await c.a.comms.post(`/api/notices/${old.id}/correct`).send({ reason: 'A penalty was overturned on appeal' });
    let n = (await noticeAction(c, 'comms', fix.body, 'submit')).body;
    n = (await noticeAction(c, 'manager', n, 'approve')).body;
    n = (await noticeAction(c, 'comms', n, 'publish')).body;
    const oldPage = (await pub(`/notices/${old.slug}?lang=en`)).text;
    expect(oldPage).toMatch(
      /class="banner"[\s\S]*Retracted[\s\S]*A penalty was overturned on appeal[\s\S]*Corrected notice: <a href="\/notices\/[a-z0-9-]+-corrected\?lang=en">/,
    );
    expect((await pub(`/notices/${n.slug}?lang=en`)).text).toContain(`This notice corrects: <a href="/notices/${old.slug}?lang=en">`);
    const json = (await pub(`/public/notices/${old.slug}`)).body;
    expect(json).toMatchObject({ status: 'retracted', retractionReason: 'A penalty was overturned on appeal', correctedBy: { slug: n.slug } });
  });

  it('RSS 2.0 with an atom:self link, one item per public notice with its permalink', async () => {
    const res = await pub('/public/notices.xml');
    expect(res.headers['content-type']).toMatch(/application\/rss\+xml/);
    expect(XMLValidator.validate(res.text)).toBe(true);
    const { rss } = new XMLParser({ ignoreAttributes: false }).parse(res.text);
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel['atom:link']).toMatchObject({ '@_rel': 'self', '@_href': expect.stringMatching(/\/public\/notices\.xml$/) });
    const items = [rss.channel.item].flat();
    expect(items.length).toBeGreaterThan(5);
    for (const item of items) {
      expect(item.link).toMatch(/^http:\/\/trustdesk\.example\/notices\/[a-z0-9-]+$/);
      expect(item.guid['#text']).toBe(item.link);
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
    }
  });

  it('cacheable with revalidation: Cache-Control, an ETag, and 304 for If-None-Match', async () => {
    for (const url of ['/notices', '/public/notices', '/public/notices.xml']) {
      const first = await pub(url);
      expect(first.headers['cache-control'], url).toMatch(/max-age=\d+.*must-revalidate/);
      expect(first.headers.etag, url).toBeTruthy();
      const again = await pub(url).set('If-None-Match', first.headers.etag);
      expect(again.status, url).toBe(304);
    }
  });
});
