import { describe, expect, it } from 'vitest';
import {
  countedPenalties,
  countedPoints,
  leavesWindowAt,
  penaltyPoints,
  pointsFor,
  stepFor,
  suggestPenalty,
  windowStart,
  type PastPenalty,
  type PenaltyPolicy as Policy,
} from '../../../domain/policy';

const DAY = 86_400_000;
const NOW = new Date('2026-06-15T12:00:00.000Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();

const POLICY: Policy = {
  id: 3,
  windowDays: 365,
  appealWindowDays: 15,
  points: { description_mismatch: 4, weight_mismatch: 6, mislabeling: 3, material_fraud: 12, counterfeit: 12 },
  ladder: [
    { minPoints: 0, type: 'warning', durationDays: null },
    { minPoints: 6, type: 'live_suspension', durationDays: 7 },
    { minPoints: 12, type: 'live_suspension', durationDays: 30 },
    { minPoints: 24, type: 'permanent_ban', durationDays: null },
  ],
  directBanTypes: ['material_fraud', 'counterfeit'],
};

let nextId = 1;
const past = (points: number, startsAt: string, status = 'active', type = 'warning'): PastPenalty => ({ id: nextId++, type, status, points, startsAt });

describe('countedPenalties: the policy window', () => {
  it('counts a penalty started exactly windowDays ago, not one a millisecond earlier', () => {
    const edge = past(5, ago(365 * DAY));
    const before = past(7, ago(365 * DAY + 1));
    expect(windowStart(POLICY, NOW).toISOString()).toBe(edge.startsAt);
    expect(countedPenalties(POLICY, [edge, before], NOW)).toEqual([edge]);
  });

  it('counts a penalty started right now, not one starting in the future', () => {
    const now = past(2, NOW.toISOString());
    const future = past(9, new Date(NOW.getTime() + 1).toISOString());
    const nextWeek = past(9, new Date(NOW.getTime() + 7 * DAY).toISOString());
    expect(countedPenalties(POLICY, [now, future, nextWeek], NOW)).toEqual([now]);
  });

  it('counts active and expired penalties only: never pending, revoked or rejected ones', () => {
    const history = ['active', 'expired', 'pending_approval', 'revoked', 'rejected'].map((s) => past(1, ago(10 * DAY), s));
    expect(countedPenalties(POLICY, history, NOW).map((p) => p.status)).toEqual(['active', 'expired']);
  });

  it('uses the policy window, not a fixed year', () => {
    const old = past(4, ago(40 * DAY));
    expect(countedPenalties({ windowDays: 30 }, [old], NOW)).toEqual([]);
    expect(countedPenalties({ windowDays: 40 }, [old], NOW)).toEqual([old]);
  });
});

describe('suggestPenalty: the escalation ladder', () => {
  it('a clean merchant with a small violation gets the 0-point step', () => {
    const s = suggestPenalty(POLICY, ['mislabeling'], [], NOW);
    expect(s).toMatchObject({
      policyId: 3,
      violationTypes: ['mislabeling'],
      currentPoints: 0,
      addedPoints: 3,
      totalPoints: 3,
      type: 'warning',
      durationDays: null,
      directBan: false,
      counted: [],
      windowStart: ago(365 * DAY),
    });
  });

  it.each([
    [0, 'description_mismatch', 4, 'warning', null],
    [1, 'description_mismatch', 5, 'warning', null],
    [2, 'description_mismatch', 6, 'live_suspension', 7],
    [7, 'description_mismatch', 11, 'live_suspension', 7],
    [8, 'description_mismatch', 12, 'live_suspension', 30],
    [19, 'description_mismatch', 23, 'live_suspension', 30],
    [20, 'description_mismatch', 24, 'permanent_ban', null],
    [100, 'mislabeling', 103, 'permanent_ban', null],
  ])('%i points in the window + %s = %i points → %s (%s days)', (current, code, total, type, days) => {
    const s = suggestPenalty(POLICY, [code], current ? [past(current, ago(30 * DAY))] : [], NOW);
    expect(s.currentPoints).toBe(current);
    expect(s.totalPoints).toBe(total);
    expect(s.type).toBe(type);
    expect(s.durationDays).toBe(days);
    expect(s.directBan).toBe(false);
  });

  it('sums only what counts: out-of-window and revoked points do not escalate', () => {
    const history = [
      past(4, ago(100 * DAY)),
      past(3, ago(200 * DAY), 'expired'),
      past(50, ago(366 * DAY)),
      past(50, ago(5 * DAY), 'revoked'),
      past(50, ago(5 * DAY), 'pending_approval', 'permanent_ban'),
      past(50, ago(5 * DAY), 'rejected', 'permanent_ban'),
    ];
    const s = suggestPenalty(POLICY, ['description_mismatch'], history, NOW);
    expect(s.counted.map((p) => p.points)).toEqual([4, 3]);
    expect(s.currentPoints).toBe(7);
    expect(s.totalPoints).toBe(11);
    expect(s.type).toBe('live_suspension');
    expect(s.durationDays).toBe(7);
  });

  it.each(['material_fraud', 'counterfeit'])('%s goes straight to a permanent ban, even with a clean record', (code) => {
    const s = suggestPenalty(POLICY, [code], [], NOW);
    expect(s).toMatchObject({ type: 'permanent_ban', durationDays: null, directBan: true, currentPoints: 0, addedPoints: 12, totalPoints: 12 });
    expect(s.reasons).toContainEqual({ code: 'direct_ban', violation: code, policyId: 3 });
  });

  it('a direct ban follows the policy list, not the violation name', () => {
    const s = suggestPenalty({ ...POLICY, directBanTypes: [] }, ['material_fraud'], [], NOW);
    expect(s.directBan).toBe(false);
    expect(s).toMatchObject({ type: 'live_suspension', durationDays: 30, totalPoints: 12 });
  });

  it('an unsorted ladder picks the same step as a sorted one', () => {
    const shuffled = { ...POLICY, ladder: [POLICY.ladder[2], POLICY.ladder[0], POLICY.ladder[3], POLICY.ladder[1]] };
    for (const current of [0, 3, 6, 13, 30]) {
      const history = current ? [past(current, ago(DAY))] : [];
      const a = suggestPenalty(shuffled, ['mislabeling'], history, NOW);
      const b = suggestPenalty(POLICY, ['mislabeling'], history, NOW);
      expect([a.type, a.durationDays], `${current} points`).toEqual([b.type, b.durationDays]);
    }
    expect(suggestPenalty(shuffled, ['mislabeling'], [past(10, ago(DAY))], NOW)).toMatchObject({ totalPoints: 13, type: 'live_suspension', durationDays: 30 });
    expect(shuffled.ladder[0].minPoints).toBe(12); // the policy itself is not reordered in place
  });

  it('an unknown violation code adds no points', () => {
    const s = suggestPenalty(POLICY, ['not_in_policy'], [past(6, ago(DAY))], NOW);
    expect(s).toMatchObject({ addedPoints: 0, totalPoints: 6, type: 'live_suspension', durationDays: 7 });
  });

  it('the reasoning states the numbers as data: counted penalties, window, points added, total, step and policy', () => {
    const history = [past(4, ago(10 * DAY)), past(3, ago(20 * DAY), 'expired')];
    const s = suggestPenalty(POLICY, ['weight_mismatch'], history, NOW);
    expect(s.reasons).toEqual([
      { code: 'counted', count: 2, points: 7, windowDays: 365, since: ago(365 * DAY) },
      { code: 'added', violations: [{ code: 'weight_mismatch', cases: 1, points: 6 }], added: 6, total: 13 },
      { code: 'step', total: 13, minPoints: 12, type: 'live_suspension', durationDays: 30, policyId: 3 },
    ]);
  });

  it('a penalty citing several cases is asked about all of them: every cited case adds its points, as issuing charges', () => {
    const s = suggestPenalty(POLICY, ['mislabeling', 'description_mismatch', 'mislabeling'], [], NOW);
    expect(s).toMatchObject({ addedPoints: 10, totalPoints: 10, type: 'live_suspension', durationDays: 7, directBan: false });
    expect(s.reasons[1]).toEqual({
      code: 'added',
      violations: [
        { code: 'mislabeling', cases: 2, points: 6 },
        { code: 'description_mismatch', cases: 1, points: 4 },
      ],
      added: 10,
      total: 10,
    });
    expect(suggestPenalty(POLICY, ['mislabeling', 'counterfeit'], [], NOW)).toMatchObject({ type: 'permanent_ban', directBan: true, addedPoints: 15 });
  });

  it('never suggests a ban to a shop already banned or with a ban awaiting approval', () => {
    const ban = (status: string) => ({ ...past(12, ago(DAY), status, 'permanent_ban'), endsAt: null });
    const banned = suggestPenalty(POLICY, ['counterfeit'], [ban('active')], NOW);
    expect(banned).toMatchObject({ banRefused: 'already_banned', directBan: true });
    expect(banned.type).not.toBe('permanent_ban');
    expect(banned.reasons.at(-1)).toEqual({ code: 'already_banned' });
    expect(suggestPenalty(POLICY, ['counterfeit'], [ban('pending_approval')], NOW)).toMatchObject({ banRefused: 'ban_pending' });
    expect(suggestPenalty(POLICY, ['counterfeit'], [ban('revoked')], NOW)).toMatchObject({ banRefused: null, type: 'permanent_ban' });
    expect(suggestPenalty(POLICY, ['mislabeling'], [ban('active')], NOW)).toMatchObject({ banRefused: null, type: 'live_suspension' });
  });
});

describe('points of a violation', () => {
  it.each(['constructor', 'valueOf', 'toString', '__proto__', 'hasOwnProperty', 'not_in_policy'])('%s is worth 0 and never crashes', (code) => {
    expect(pointsFor(POLICY, code)).toBe(0);
    expect(penaltyPoints(POLICY, [code, 'mislabeling'])).toBe(3);
    expect(suggestPenalty(POLICY, [code], [], NOW)).toMatchObject({ addedPoints: 0, totalPoints: 0, type: 'warning', directBan: false });
  });

  it('a stored value that is not a number is worth 0; a numeric string counts', () => {
    const odd = { points: { a: 'x', b: '5', c: null } as unknown as Record<string, number> };
    expect([pointsFor(odd, 'a'), pointsFor(odd, 'b'), pointsFor(odd, 'c')]).toEqual([0, 5, 0]);
  });

  it('a penalty charges every cited case, nothing for none', () => {
    expect(penaltyPoints(POLICY, ['mislabeling', 'mislabeling', 'counterfeit'])).toBe(18);
    expect(penaltyPoints(POLICY, [])).toBe(0);
  });
});

describe('the window', () => {
  it('starts windowDays before now; a penalty leaves it the millisecond after its far edge', () => {
    const start = ago(10 * DAY);
    expect(windowStart({ windowDays: 30 }, NOW).toISOString()).toBe(ago(30 * DAY));
    expect(leavesWindowAt({ windowDays: 30 }, start).toISOString()).toBe(new Date(Date.parse(start) + 30 * DAY + 1).toISOString());
    const p = past(4, start);
    const edge = new Date(Date.parse(start) + 30 * DAY);
    expect(countedPoints({ windowDays: 30 }, [p], edge)).toBe(4);
    expect(countedPoints({ windowDays: 30 }, [p], leavesWindowAt({ windowDays: 30 }, start))).toBe(0);
  });
});

describe('stepFor', () => {
  it('reaches a step exactly at its threshold, not a point before', () => {
    expect(stepFor(POLICY, 5)).toMatchObject({ minPoints: 0, type: 'warning' });
    expect(stepFor(POLICY, 6)).toMatchObject({ minPoints: 6, durationDays: 7 });
    expect(stepFor(POLICY, 23)).toMatchObject({ minPoints: 12, durationDays: 30 });
    expect(stepFor(POLICY, 24)).toMatchObject({ minPoints: 24, type: 'permanent_ban' });
  });

  it('below the lowest step (a ladder that does not start at 0), the lowest step', () => {
    const ladder = [{ minPoints: 5, type: 'fine' as const, durationDays: null }];
    expect(stepFor({ ladder }, 0)).toEqual(ladder[0]);
  });

  it('a ban the shop cannot get falls back to a warning when no lighter step is reached', () => {
    const banOnly: Policy = { ...POLICY, ladder: [{ minPoints: 0, type: 'permanent_ban', durationDays: null }] };
    const history = [{ ...past(1, ago(DAY), 'active', 'permanent_ban'), endsAt: null }];
    expect(suggestPenalty(banOnly, ['mislabeling'], history, NOW)).toMatchObject({ type: 'warning', durationDays: null, banRefused: 'already_banned' });
  });
});
