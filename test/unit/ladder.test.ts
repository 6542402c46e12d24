import { describe, expect, it } from 'vitest';
import { countedPenalties, suggestPenalty, windowStart, type PastPenalty, type Policy } from '../../server/penalty-policies/ladder';

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
const past = (points: number, startsAt: string, status = 'active', type = 'warning'): PastPenalty =>
  ({ id: nextId++, type, status, points, startsAt });

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
    const s = suggestPenalty(POLICY, 'mislabeling', [], NOW);
    expect(s).toMatchObject({
      policyId: 3, violationType: 'mislabeling', currentPoints: 0, addedPoints: 3, totalPoints: 3,
      type: 'warning', durationDays: null, directBan: false, counted: [], windowStart: ago(365 * DAY),
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
    const s = suggestPenalty(POLICY, code, current ? [past(current, ago(30 * DAY))] : [], NOW);
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
    const s = suggestPenalty(POLICY, 'description_mismatch', history, NOW);
    expect(s.counted.map((p) => p.points)).toEqual([4, 3]);
    expect(s.currentPoints).toBe(7);
    expect(s.totalPoints).toBe(11);
    expect(s.type).toBe('live_suspension');
    expect(s.durationDays).toBe(7);
  });

  it.each(['material_fraud', 'counterfeit'])('%s goes straight to a permanent ban, even with a clean record', (code) => {
    const s = suggestPenalty(POLICY, code, [], NOW);
    expect(s).toMatchObject({ type: 'permanent_ban', durationDays: null, directBan: true, currentPoints: 0, addedPoints: 12, totalPoints: 12 });
    expect(s.reasoning.join(' ')).toContain(`${code} goes straight to a permanent ban`);
  });

  it('a direct ban follows the policy list, not the violation name', () => {
    const s = suggestPenalty({ ...POLICY, directBanTypes: [] }, 'material_fraud', [], NOW);
    expect(s.directBan).toBe(false);
    expect(s).toMatchObject({ type: 'live_suspension', durationDays: 30, totalPoints: 12 });
  });

  it('an unsorted ladder picks the same step as a sorted one', () => {
    const shuffled = { ...POLICY, ladder: [POLICY.ladder[2], POLICY.ladder[0], POLICY.ladder[3], POLICY.ladder[1]] };
    for (const current of [0, 3, 6, 13, 30]) {
      const history = current ? [past(current, ago(DAY))] : [];
      const a = suggestPenalty(shuffled, 'mislabeling', history, NOW);
      const b = suggestPenalty(POLICY, 'mislabeling', history, NOW);
      expect([a.type, a.durationDays], `${current} points`).toEqual([b.type, b.durationDays]);
    }
    expect(suggestPenalty(shuffled, 'mislabeling', [past(10, ago(DAY))], NOW)).toMatchObject({ totalPoints: 13, type: 'live_suspension', durationDays: 30 });
    expect(shuffled.ladder[0].minPoints).toBe(12); // the policy itself is not reordered in place
  });

  it('an unknown violation code adds no points', () => {
    const s = suggestPenalty(POLICY, 'not_in_policy', [past(6, ago(DAY))], NOW);
    expect(s).toMatchObject({ addedPoints: 0, totalPoints: 6, type: 'live_suspension', durationDays: 7 });
  });

  it('the reasoning states the numbers: counted penalties, window, points added, total, step and policy', () => {
    const history = [past(4, ago(10 * DAY)), past(3, ago(20 * DAY), 'expired')];
    const s = suggestPenalty(POLICY, 'weight_mismatch', history, NOW);
    const text = s.reasoning.join('\n');
    expect(text).toContain('2 penalties in the last 365 days count 7 points');
    expect(text).toContain('this violation (weight_mismatch) adds 6 points: 13 in all');
    expect(text).toContain('13 points reach the step from 12: live_suspension for 30 days');
    expect(suggestPenalty(POLICY, 'mislabeling', [past(1, ago(DAY))], NOW).reasoning[0]).toContain('1 penalty in the last 365 days count 1 points');
    expect(suggestPenalty(POLICY, 'counterfeit', [], NOW).reasoning.join('\n')).toContain('policy version 3');
  });
});
