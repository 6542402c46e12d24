/**
 * The SPA's notice helpers (pure): the body diff, what changed since the last approval, the bodies
 * sent to the API, the period presets and the steps of a notice.
 */
import { describe, expect, it } from 'vitest';
import type { ApprovedContent, NoticeEntry, NoticeRecord } from '../../domain/notices';
import { diffLines, withContext } from '../../admin/common/lineDiff';
import { diffNotice } from '../../admin/notices/noticeDiff';
import { generateBody, noticeUpdateBody, type NoticeEditValues } from '../../admin/notices/noticePayload';
import { periodCovering, presetPeriod } from '../../admin/notices/noticePeriods';
import { noticeSteps } from '../../admin/notices/noticeSteps';
import { storyEntry } from './domain/story-entry';

const entry = (penaltyId: number, over: Partial<NoticeEntry> = {}): NoticeEntry => storyEntry({ penaltyId, merchantId: 1000 + penaltyId, ...over });

describe('diffLines', () => {
  it('keeps the common lines and marks what was removed and added, in order', () => {
    expect(diffLines('a\nb\nc\nd', 'a\nc\nx\nd')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'same', text: 'c' },
      { kind: 'added', text: 'x' },
      { kind: 'same', text: 'd' },
    ]);
  });

  it('an empty side is all added or all removed; equal texts are all the same', () => {
    expect(diffLines('', 'one\ntwo').map((l) => l.kind)).toEqual(['added', 'added']);
    expect(diffLines('one', '').map((l) => l.kind)).toEqual(['removed']);
    expect(diffLines('p\r\nq', 'p\nq').every((l) => l.kind === 'same')).toBe(true);
  });

  it('folds long unchanged runs, keeping the lines around each change', () => {
    const before = ['1', '2', '3', '4', '5', '6', '7', '8'].join('\n');
    const rows = withContext(diffLines(before, before.replace('6', 'six')), 1);
    expect(rows).toEqual([
      { kind: 'skipped', count: 4 },
      { kind: 'same', text: '5' },
      { kind: 'removed', text: '6' },
      { kind: 'added', text: 'six' },
      { kind: 'same', text: '7' },
      { kind: 'skipped', count: 1 },
    ]);
  });
});

const approved: ApprovedContent = {
  version: 4,
  title: 'Jewelry notice, October',
  body: 'Intro\n\nAppeals paragraph',
  categoryId: 2,
  periodStart: '2026-10-01T00:00:00.000Z',
  periodEnd: '2026-10-31T23:59:59.999Z',
  penaltyIds: [1, 2, 3],
  entries: [entry(1), entry(2), entry(3)],
  approvedAt: '2026-11-01T08:00:00.000Z',
  approvedById: 5,
};

describe('diffNotice', () => {
  it('nothing changed: the same text, period and entries (a follower count moving is no change)', () => {
    const diff = diffNotice(approved, { ...approved, periodEnd: '2026-10-31' }, [entry(1, { followerCount: 9 }), entry(2), entry(3)]);
    expect(diff.unchanged).toBe(true);
  });

  it('names a changed title, body lines, period, and the entries added, removed and changed', () => {
    const current = { ...approved, title: 'Jewelry notice, Oct (corrected)', body: 'Intro\n\nNew line\n\nAppeals paragraph', periodStart: '2026-10-02' };
    const diff = diffNotice(approved, current, [entry(1), entry(3, { penaltyType: 'fine', fineCents: 500_00 }), entry(4)]);
    expect(diff.unchanged).toBe(false);
    expect(diff.title).toEqual({ before: 'Jewelry notice, October', after: 'Jewelry notice, Oct (corrected)' });
    expect(diff.period?.after).toEqual({ start: '2026-10-02', end: '2026-10-31' });
    expect(diff.categoryId).toBeNull();
    expect(diff.body.filter((l) => l.kind === 'added').map((l) => l.text)).toEqual(['New line', '']);
    expect(diff.entries.added.map((e) => e.penaltyId)).toEqual([4]);
    expect(diff.entries.removed.map((e) => e.penaltyId)).toEqual([2]);
    expect(diff.entries.changed.map((c) => c.after.penaltyId)).toEqual([3]);
    expect(diff.entries.kept).toBe(1);
  });
});

const record: NoticeEditValues = {
  title: 'Title',
  body: 'Body',
  slug: 'jewelry-2026-10',
  categoryId: 2,
  periodStart: '2026-10-01T00:00:00.000Z',
  periodEnd: '2026-10-31T23:59:59.999Z',
  penaltyIds: [1, 2, 3],
  version: 7,
};

describe('the bodies sent to the API', () => {
  it('an edit sends the version read and only what changed; periods as days; the entries in any order are the same', () => {
    expect(noticeUpdateBody({ ...record, penaltyIds: [3, 2, 1], periodEnd: '2026-10-31' }, record)).toEqual({ version: 7 });
    expect(noticeUpdateBody({ ...record, title: ' New title ', penaltyIds: [1, 3], periodStart: '2026-10-02', categoryId: '' }, record)).toEqual({
      version: 7,
      title: 'New title',
      penaltyIds: [1, 3],
      periodStart: '2026-10-02',
      categoryId: null,
    });
  });

  it('generating: days, the category or none, chosen penalties and a title only when given', () => {
    expect(generateBody({ periodStart: '2026-10-01', periodEnd: '2026-10-31T23:59:59.999Z', categoryId: 2, title: '  ' })).toEqual({
      periodStart: '2026-10-01',
      periodEnd: '2026-10-31',
      categoryId: 2,
    });
    expect(generateBody({ periodStart: '2026-10-01', periodEnd: '2026-10-03', categoryId: '', penaltyIds: [9, 4] })).toEqual({
      periodStart: '2026-10-01',
      periodEnd: '2026-10-03',
      categoryId: null,
      penaltyIds: [9, 4],
    });
  });
});

describe('periods', () => {
  const now = new Date('2026-03-15T10:00:00.000Z');
  it('last month, this month so far, the last three months (whole UTC days; across a year)', () => {
    expect(presetPeriod('last_month', now)).toEqual({ periodStart: '2026-02-01', periodEnd: '2026-02-28' });
    expect(presetPeriod('month_to_date', now)).toEqual({ periodStart: '2026-03-01', periodEnd: '2026-03-15' });
    expect(presetPeriod('last_three_months', now)).toEqual({ periodStart: '2025-12-01', periodEnd: '2026-02-28' });
    expect(presetPeriod('last_month', new Date('2027-01-02T00:00:00Z'))).toEqual({ periodStart: '2026-12-01', periodEnd: '2026-12-31' });
  });

  it('the period covering chosen penalties runs from the first to the last day one took effect', () => {
    expect(periodCovering(['2026-10-09T12:00:00Z', '2026-10-02T01:00:00Z', '2026-10-05T00:00:00Z'])).toEqual({
      periodStart: '2026-10-02',
      periodEnd: '2026-10-09',
    });
    expect(periodCovering([])).toBeNull();
  });
});

const notice = (over: Partial<NoticeRecord>) =>
  ({
    status: 'draft',
    createdAt: '2026-11-01T01:00:00Z',
    authorId: 6,
    correctionReason: null,
    submittedAt: null,
    submitNote: null,
    approvedAt: null,
    approvedById: null,
    reviewNote: null,
    publishAt: null,
    publishedAt: null,
    retractedAt: null,
    retractedById: null,
    retractionReason: null,
    ...over,
  }) as NoticeRecord;

const shape = (n: NoticeRecord) => noticeSteps(n).map((s) => `${s.key}:${s.state}`);

describe('noticeSteps', () => {
  it('a new draft waits to be submitted', () => {
    expect(shape(notice({}))).toEqual(['drafted:done', 'submitted:current', 'approved:todo', 'published:todo']);
  });

  it('sent back: submitted, returned with the note, to be submitted again', () => {
    const steps = noticeSteps(notice({ submittedAt: '2026-11-01T02:00:00Z', reviewNote: 'Fix the intro' }));
    expect(steps.map((s) => `${s.key}:${s.state}`)).toEqual([
      'drafted:done',
      'submitted:done',
      'returned:done',
      'submitted:current',
      'approved:todo',
      'published:todo',
    ]);
    expect(steps[2].note).toBe('Fix the intro');
  });

  it('scheduled: approved by whom, waiting for its time; retracted: who and why', () => {
    const approvedNotice = { submittedAt: '2026-11-01T02:00:00Z', approvedAt: '2026-11-01T03:00:00Z', approvedById: 5 };
    const scheduled = noticeSteps(notice({ ...approvedNotice, status: 'scheduled', publishAt: '2026-11-03T02:00:00Z' }));
    expect(scheduled.map((s) => `${s.key}:${s.state}`)).toEqual(['drafted:done', 'submitted:done', 'approved:done', 'scheduled:current', 'published:todo']);
    expect(scheduled[2].by).toBe(5);
    expect(scheduled[3].at).toBe('2026-11-03T02:00:00Z');
    const retracted = noticeSteps(
      notice({
        ...approvedNotice,
        status: 'retracted',
        publishedAt: '2026-11-02T00:00:00Z',
        retractedAt: '2026-11-04T00:00:00Z',
        retractedById: 5,
        retractionReason: 'Revoked',
      }),
    );
    expect(retracted.map((s) => `${s.key}:${s.state}`)).toEqual(['drafted:done', 'submitted:done', 'approved:done', 'published:done', 'retracted:done']);
    expect(retracted[4].note).toBe('Revoked');
  });
});
