import { describe, expect, it } from 'vitest';
import {
  compareMeasurement,
  formatGrams,
  INSPECTION_MOVES,
  INSPECTION_STATUSES,
  INSPECTION_TRANSITIONS,
  isPlausibleWeight,
  moveFrom,
  moveRefusal,
  moveTarget,
  nextMoves,
  warehouseScope,
  weightToleranceGrams,
} from '../../../domain/inspections';
import { MESSAGES } from '../../../domain/messages';

describe('the inspection machine', () => {
  it('is the issue’s lifecycle: arrival, bench, verdict, then to the buyer or back to the merchant', () => {
    expect(INSPECTION_TRANSITIONS).toEqual({
      awaiting_arrival: { received: 'receive' },
      received: { inspecting: 'start' },
      inspecting: { passed: 'verdict', failed: 'verdict' },
      passed: { shipped: 'ship' },
      failed: { returned: 'return' },
      shipped: {},
      returned: {},
    });
    expect(INSPECTION_MOVES.map(moveFrom)).toEqual(['awaiting_arrival', 'received', 'inspecting', 'passed', 'failed']);
    expect(nextMoves('inspecting')).toEqual(['verdict']);
    expect(nextMoves('shipped')).toEqual([]);
    expect(nextMoves('constructor')).toEqual([]);
  });

  it('says where a move leads; a verdict leads to its result', () => {
    expect(moveTarget('awaiting_arrival', 'receive')).toBe('received');
    expect(moveTarget('inspecting', 'verdict', 'failed')).toBe('failed');
    expect(moveTarget('inspecting', 'verdict', 'passed')).toBe('passed');
    expect(moveTarget('passed', 'return')).toBeNull();
    // The result only matters to the verdict.
    expect(moveTarget('passed', 'ship', 'passed')).toBe('shipped');
  });

  it('names why a move is refused, with a message for each reason', () => {
    const table = Object.fromEntries(INSPECTION_STATUSES.map((s) => [s, Object.fromEntries(INSPECTION_MOVES.map((m) => [m, moveRefusal(s, m)]))]));
    expect(table.awaiting_arrival).toEqual({
      receive: null,
      start: 'inspections.not_received',
      verdict: 'inspections.not_received',
      ship: 'inspections.only_passed_ship',
      return: 'inspections.only_failed_return',
    });
    expect(table.received.verdict).toBe('inspections.not_started');
    expect(table.inspecting.verdict).toBeNull();
    for (const s of ['passed', 'failed', 'shipped', 'returned']) expect(table[s].verdict, s).toBe('inspections.already_decided');
    expect(table.passed.receive).toBe('inspections.already_moved');
    expect(table.shipped.ship).toBe('inspections.only_passed_ship');
    for (const row of Object.values(table)) for (const code of Object.values(row)) if (code) expect(Object.hasOwn(MESSAGES, code), code).toBe(true);
  });

  it('inspectors see only their warehouse; everyone else who reads inspections, all of them', () => {
    expect(warehouseScope({ role: 'inspector', warehouseId: 4 })).toBe(4);
    expect(warehouseScope({ role: 'inspector', warehouseId: null })).toBe('none');
    expect(warehouseScope({ role: 'manager', warehouseId: 4 })).toBeNull();
    expect(warehouseScope({ role: 'admin' })).toBeNull();
  });
});

describe('measured against declared', () => {
  it('weights: positive, at most 50 kg, to 0.001 g', () => {
    // Float noise (0.1 + 0.2) is still 0.30 g.
    for (const ok of [0.001, 3, 27.42, 0.362, 50_000, 0.1 + 0.2, 46.1]) expect(isPlausibleWeight(ok), String(ok)).toBe(true);
    for (const bad of [0, -1, 50_000.01, 1.2345, Number.NaN, Number.POSITIVE_INFINITY]) expect(isPlausibleWeight(bad), String(bad)).toBe(false);
  });

  it('prints grams to two decimals, three when the last digit matters', () => {
    expect([formatGrams(30), formatGrams(27.42), formatGrams(0.362), formatGrams(46.1)]).toEqual(['30.00', '27.42', '0.362', '46.10']);
  });

  it('tolerance: 1% (at least 0.05 g) for precious metals, 2% (at least 0.10 g) for the rest', () => {
    expect(weightToleranceGrams('Au999', 30)).toBeCloseTo(0.3);
    expect(weightToleranceGrams('Au999', 2)).toBe(0.05);
    expect(weightToleranceGrams('S925', 10)).toBeCloseTo(0.1);
    expect(weightToleranceGrams('jadeite A', 60)).toBeCloseTo(1.2);
    expect(weightToleranceGrams('diamond', 1)).toBe(0.1);
    expect(weightToleranceGrams('not a material', 10)).toBeCloseTo(0.2);
  });

  it('a match proposes nothing; at the tolerance still matches, just past it is a weight mismatch', () => {
    expect(compareMeasurement({ material: 'Au999', weightGrams: 30 }, { material: 'Au999', weightGrams: 30.3 })).toEqual({
      materialMatches: true,
      weightDeltaGrams: 0.3,
      weightDeltaPercent: 1,
      toleranceGrams: 0.3,
      weightMatches: true,
      proposedFailureReason: null,
    });
    const short = compareMeasurement({ material: 'Au999', weightGrams: 30 }, { material: 'Au999', weightGrams: 29.69 });
    expect(short).toMatchObject({ weightDeltaGrams: -0.31, weightDeltaPercent: -1, weightMatches: false, proposedFailureReason: 'weight_mismatch' });
    // Heavier than declared is not what was declared either.
    expect(compareMeasurement({ material: 'jadeite A', weightGrams: 50 }, { material: 'jadeite A', weightGrams: 52 }).proposedFailureReason).toBe(
      'weight_mismatch',
    );
  });

  it('a different or lower-grade material proposes material fraud, which outranks short weight', () => {
    const plated = compareMeasurement({ material: 'Au999.9', weightGrams: 5 }, { material: 'gold-plated', weightGrams: 4 });
    expect(plated).toMatchObject({ materialMatches: false, weightMatches: false, proposedFailureReason: 'material_fraud' });
    expect(compareMeasurement({ material: 'S999', weightGrams: 20 }, { material: 'S800', weightGrams: 20 }).proposedFailureReason).toBe('material_fraud');
    expect(compareMeasurement({ material: 'jadeite A', weightGrams: 20 }, { material: 'jadeite B+C', weightGrams: 20 }).proposedFailureReason).toBe(
      'material_fraud',
    );
    // Finer than the hallmark promises shortchanges nobody.
    expect(compareMeasurement({ material: 'Au999', weightGrams: 20 }, { material: 'Au999.9', weightGrams: 20 }).proposedFailureReason).toBeNull();
    expect(compareMeasurement({ material: 'Pt950', weightGrams: 5 }, { material: 'Au999.9', weightGrams: 5 }).proposedFailureReason).toBe('material_fraud');
  });
});
