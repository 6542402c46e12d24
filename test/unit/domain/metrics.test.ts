import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addHistograms,
  binValue,
  bucketStart,
  bucketsBetween,
  emptyHistogram,
  exactQuantile,
  histogramBin,
  histogramQuantile,
  nextBucket,
  outOfControl,
  pChartLimits,
  rangeProblem,
  wilsonInterval,
} from '../../../domain/metrics';

describe('buckets (UTC)', () => {
  it('weeks start on Monday, months on the 1st, days at midnight', () => {
    expect(bucketStart('2026-11-25', 'day')).toBe('2026-11-25');
    expect(bucketStart('2026-11-25', 'week')).toBe('2026-11-23'); // a Wednesday → its Monday
    expect(bucketStart('2026-11-23', 'week')).toBe('2026-11-23');
    expect(bucketStart('2026-11-29', 'week')).toBe('2026-11-23'); // Sunday belongs to the week before
    expect(bucketStart('2026-11-25', 'month')).toBe('2026-11-01');
    expect(bucketStart(new Date('2026-11-30T23:59:59.999Z'), 'day')).toBe('2026-11-30');
  });

  it('steps across month and year ends', () => {
    expect(nextBucket('2026-12-31', 'day')).toBe('2027-01-01');
    expect(nextBucket('2026-12-28', 'week')).toBe('2027-01-04');
    expect(nextBucket('2026-12-01', 'month')).toBe('2027-01-01');
    expect(nextBucket('2028-02-28', 'day')).toBe('2028-02-29');
  });

  it('lists every bucket that touches the inclusive range', () => {
    expect(bucketsBetween('2026-11-25', '2026-12-02', 'week')).toEqual(['2026-11-23', '2026-11-30']);
    expect(bucketsBetween('2026-01-31', '2026-03-01', 'month')).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
    expect(bucketsBetween('2026-11-25', '2026-11-25', 'day')).toEqual(['2026-11-25']);
    expect(bucketsBetween('2026-01-01', '2026-12-31', 'day')).toHaveLength(365);
  });

  it('refuses impossible, inverted and over-long ranges', () => {
    expect(rangeProblem('2026-02-30', '2026-03-01', 'day')).toBe('bad_date');
    expect(rangeProblem('yesterday', '2026-03-01', 'day')).toBe('bad_date');
    expect(rangeProblem('2026-03-02', '2026-03-01', 'day')).toBe('inverted');
    expect(rangeProblem('2025-01-01', '2026-12-31', 'day')).toBe('too_long');
    expect(rangeProblem('2025-12-01', '2026-11-30', 'day')).toBeNull();
    expect(rangeProblem('2020-01-01', '2026-12-31', 'week')).toBe('too_long');
    expect(rangeProblem('2020-01-01', '2026-12-31', 'month')).toBeNull();
  });
});

describe('Wilson interval (95%)', () => {
  it('matches published values', () => {
    // 10 of 100: 0.0552 – 0.1744 (Newcombe 1998, method 3).
    const a = wilsonInterval(10, 100)!;
    expect(a.low).toBeCloseTo(0.0552, 4);
    expect(a.high).toBeCloseTo(0.1744, 4);
    // 0 of 20: 0 – 0.1611.
    const b = wilsonInterval(0, 20)!;
    expect(b.low).toBe(0);
    expect(b.high).toBeCloseTo(0.1611, 4);
    // 81 of 263: 0.2553 – 0.3662.
    const c = wilsonInterval(81, 263)!;
    expect(c.low).toBeCloseTo(0.2553, 3);
    expect(c.high).toBeCloseTo(0.3662, 3);
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('always holds the observed rate and stays in [0, 1]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
        const failed = Math.round(n * share);
        const { low, high } = wilsonInterval(failed, n)!;
        const p = failed / n;
        return low >= 0 && high <= 1 && low <= p + 1e-12 && p <= high + 1e-12;
      }),
    );
  });
});

describe('p-chart limits', () => {
  it("are pBar ± 3σ for the bucket's own n, the lower floored at 0", () => {
    const l = pChartLimits(0.05, 400)!;
    expect(l.ucl).toBeCloseTo(0.05 + 3 * Math.sqrt((0.05 * 0.95) / 400), 12);
    expect(l.lcl).toBeCloseTo(0.05 - 3 * Math.sqrt((0.05 * 0.95) / 400), 12);
    expect(pChartLimits(0.05, 20)!.lcl).toBe(0);
    expect(pChartLimits(0.05, 0)).toBeNull();
    // Small samples get wider limits than large ones.
    expect(pChartLimits(0.05, 50)!.ucl).toBeGreaterThan(pChartLimits(0.05, 5000)!.ucl);
  });

  it('flags rates outside the limits only', () => {
    const limits = pChartLimits(0.05, 400)!;
    expect(outOfControl(0.2, limits)).toBe(true);
    expect(outOfControl(0.05, limits)).toBe(false);
    expect(outOfControl(null, limits)).toBe(false);
  });
});

describe('duration histogram', () => {
  it('puts each duration in a bin whose representative value is within ±9.05% of it', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.25, max: 3000, noNaN: true }), (hours) => {
        const v = binValue(histogramBin(hours));
        return Math.abs(v - hours) / hours <= 0.0906;
      }),
    );
    expect(histogramBin(0)).toBe(0);
    expect(histogramBin(Number.NaN)).toBe(0);
    expect(histogramBin(1e9)).toBe(57);
  });

  it('reads quantiles within the documented error of the exact ones, and adds up', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.25, max: 2000, noNaN: true }), { minLength: 1, maxLength: 300 }), fc.constantFrom(0.5, 0.9), (values, q) => {
        const h = emptyHistogram();
        for (const v of values) h[histogramBin(v)]++;
        const exact = exactQuantile(values, q)!;
        return Math.abs(histogramQuantile(h, q)! - exact) / exact <= 0.0906;
      }),
    );
    const a = emptyHistogram();
    const b = emptyHistogram();
    a[3] = 2;
    b[3] = 1;
    b[10] = 4;
    expect(addHistograms(a, b)[3]).toBe(3);
    expect(histogramQuantile(emptyHistogram(), 0.5)).toBeNull();
  });

  it('uses the nearest-rank quantile', () => {
    expect(exactQuantile([1, 2, 3, 4], 0.5)).toBe(2);
    expect(exactQuantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(exactQuantile([5, 1, 9, 3, 7, 2, 8, 4, 6, 10], 0.9)).toBe(9);
    expect(exactQuantile([], 0.5)).toBeNull();
  });
});
