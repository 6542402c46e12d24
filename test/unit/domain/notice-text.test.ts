import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../domain/markdown';
import { entryTable, formatFollowers, penaltyPeriodText, penaltyText, standardIntro, standardTitle } from '../../../domain/notice-text';
import { storyEntry } from './story-entry';

const entry = storyEntry;

const htmlText = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
/** The text of each body cell of the first row. */
const cells = (html: string) => [...(html.split('<tbody>')[1] ?? '').matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => m[1]);

describe('the words of a notice', () => {
  it('followers: grouped in English, 万 in Chinese', () => {
    expect(formatFollowers(8_120_000, 'en')).toBe('8,120,000');
    expect(formatFollowers(8_120_000, 'zh')).toBe('812万');
    expect(formatFollowers(15_300, 'zh')).toBe('1.5万');
    expect(formatFollowers(999, 'zh')).toBe('999');
  });

  it('penalties and their periods, in both languages', () => {
    const suspension = entry({ penaltyType: 'live_suspension', startsAt: '2026-08-31T17:09:20.010Z', endsAt: '2026-09-30T17:09:20.010Z' });
    expect(penaltyText(suspension, 'zh')).toBe('停播30天');
    expect(penaltyText(suspension, 'en')).toBe('Live-stream suspension, 30 days');
    expect(penaltyPeriodText(suspension, 'zh')).toBe('2026-08-31 至 2026-09-30');
    expect(penaltyText(entry({ penaltyType: 'fine', fineCents: 20_000_000 }), 'en')).toBe('Fine ¥200,000');
    expect(penaltyText(entry(), 'zh')).toBe('永久封禁');
    expect(penaltyPeriodText(entry(), 'en')).toBe('permanent from 2026-11-09');
  });

  it('the entry table: one row per entry, in the reader’s language', () => {
    const html = renderMarkdown(entryTable([entry()], 'zh'));
    expect(html).toContain('<th>商家昵称</th>');
    expect(cells(html)).toEqual(['1', '老银', '3391', '812万', '材质造假', '永久封禁', '2026-11-09 起永久']);
    expect(renderMarkdown(entryTable([entry()], 'en'))).toContain('<td>8,120,000</td>');
  });

  it('a hostile nickname is text in its own cell: no markup, no link, no extra column', () => {
    const hostile = '<script>alert(1)</script> | [x](javascript:alert(1)) **b** &lt; `c` \\';
    const html = renderMarkdown(entryTable([entry({ merchantNickname: hostile })], 'en'));
    expect(html).not.toMatch(/<script|<a |<strong|<code/);
    expect(htmlText(cells(html)[1])).toBe(hostile);
    expect(cells(html)).toHaveLength(7);
  });

  it('any nickname reads back exactly (property)', () => {
    const chars = fc.constantFrom(...'ab Z09!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~老银\t'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), (parts) => {
        const nickname = parts.join('');
        const html = renderMarkdown(entryTable([entry({ merchantNickname: nickname })], 'en'));
        expect(cells(html)).toHaveLength(7);
        expect(htmlText(cells(html)[1])).toBe(nickname.trim());
        expect(html.replace(/<\/?(table|thead|tbody|tr|th|td)>/g, '')).not.toMatch(/<[a-z]/i);
      }),
      { numRuns: 300 },
    );
  });

  it('the standard title and introduction name the category, the period and the count, in Chinese then English', () => {
    const scope = { category: { name: 'Jewelry & jade', nameZh: '珠宝玉石' }, period: { start: '2026-10-01T00:00:00.000Z', end: '2026-10-31T23:59:59.999Z' } };
    expect(standardTitle(scope)).toBe('珠宝玉石违规处罚公告（2026年10月1日至2026年10月31日）· Jewelry & jade penalty notice, 2026-10-01 to 2026-10-31');
    const intro = standardIntro({ ...scope, merchants: 12 });
    expect(intro.indexOf('12家商家')).toBeGreaterThanOrEqual(0);
    expect(intro.indexOf('penalized 12 merchants')).toBeGreaterThan(intro.indexOf('12家商家'));
    expect(standardTitle({ ...scope, category: null })).toMatch(/^全平台.*All categories/);
  });
});
