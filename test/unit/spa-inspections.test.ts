/**
 * The pure rules behind the inspector's workstation and the inspection pages: what a scan looks up,
 * how a typed verdict becomes the API body (the comparison proposing, the inspector deciding),
 * the ages in the work-in-progress list, which moves a user is offered, and material search order.
 */
import { describe, expect, it } from 'vitest';
import { MATERIALS } from '../../domain/materials';
import { ageLabel, ageSince } from '../../admin/inspections/workstation/age';
import { rankMaterials } from '../../admin/inspections/workstation/materialSearch';
import { allowedMoves } from '../../admin/inspections/moves';
import { scanFilter } from '../../admin/inspections/workstation/scan';
import { draftComparison, EMPTY_DRAFT, effectiveVerdict, parseGrams, verdictBody, type VerdictDraft } from '../../admin/inspections/workstation/verdictDraft';

const gold30 = { declaredMaterial: 'Au999', declaredWeightGrams: 30 };
const draft = (over: Partial<VerdictDraft>): VerdictDraft => ({ ...EMPTY_DRAFT, ...over });

describe('a scan', () => {
  it('reads a tracking code however it was printed or typed', () => {
    for (const typed of ['ABCDE-FGHJK', 'abcdefghjk', ' abcde fghjk ']) expect(scanFilter(typed)).toEqual({ trackingCode: 'ABCDEFGHJK' });
  });
  it('falls back to an order number, or an inspection number after #', () => {
    expect(scanFilter('PO2026112012345678')).toEqual({ orderId: 'PO2026112012345678' });
    expect(scanFilter('#812')).toEqual({ id: 812 });
  });
  it('looks nothing up for blanks or what no record can be called', () => {
    expect(scanFilter('   ')).toBeNull();
    expect(scanFilter('ABC DEF?')).toBeNull();
  });
});

describe('a verdict being typed', () => {
  it('reads grams with a decimal point or comma, and nothing else', () => {
    expect(parseGrams('28.35')).toBe(28.35);
    expect(parseGrams('28,35')).toBe(28.35);
    expect(parseGrams(' 30 ')).toBe(30);
    for (const bad of ['', 'abc', '-3', '1e3', '2.3.4']) expect(parseGrams(bad), bad).toBeNull();
  });

  it('compares only once both measurements are readable', () => {
    expect(draftComparison(gold30, draft({ measuredMaterial: 'Au999' }))).toBeNull();
    expect(draftComparison(gold30, draft({ measuredMaterial: 'unobtainium', weight: '30' }))).toBeNull();
    expect(draftComparison(gold30, draft({ measuredMaterial: 'Au999', weight: '0' }))).toBeNull();
    expect(draftComparison(gold30, draft({ measuredMaterial: 'Au999', weight: '30.02' }))?.proposedFailureReason).toBeNull();
  });

  it('proposes failing a mismatch with the comparison’s reason, until the inspector chooses', () => {
    const d = draft({ measuredMaterial: 'Au750', weight: '28.1' });
    const c = draftComparison(gold30, d);
    expect(effectiveVerdict(d, c)).toEqual({ result: 'failed', failureReason: 'material_fraud' });
    expect(effectiveVerdict({ ...d, failureReason: 'counterfeit' }, c)).toEqual({ result: 'failed', failureReason: 'counterfeit' });
    const short = draft({ measuredMaterial: 'Au999', weight: '29' });
    expect(effectiveVerdict(short, draftComparison(gold30, short)).failureReason).toBe('weight_mismatch');
  });

  it('proposes a pass when everything matches; a failure then needs the inspector’s reason', () => {
    const d = draft({ measuredMaterial: 'Au999.9', weight: '30.04' });
    const c = draftComparison(gold30, d);
    expect(effectiveVerdict(d, c)).toEqual({ result: 'passed', failureReason: '' });
    expect(effectiveVerdict({ ...d, result: 'failed' }, c)).toEqual({ result: 'failed', failureReason: '' });
  });

  it('sends what the form shows, leaving the judging of missing or impossible values to the server', () => {
    const fail = draft({ measuredMaterial: 'Au750', weight: '28,1', certificateNo: 'X-1', publicNote: ' ', internalNote: ' Stamped 999 on 750 ' });
    expect(verdictBody(fail, draftComparison(gold30, fail))).toEqual({
      result: 'failed',
      measuredMaterial: 'Au750',
      measuredWeightGrams: 28.1,
      failureReason: 'material_fraud',
      internalNote: 'Stamped 999 on 750',
    });
    const pass = draft({ measuredMaterial: 'Au999', weight: '30', certificateNo: ' GD-2026-1 ', publicNote: 'Checked, sealed' });
    expect(verdictBody(pass, draftComparison(gold30, pass))).toEqual({
      result: 'passed',
      measuredMaterial: 'Au999',
      measuredWeightGrams: 30,
      certificateNo: 'GD-2026-1',
      publicNote: 'Checked, sealed',
    });
    const typo = draft({ measuredMaterial: 'Au999', weight: '3o' });
    expect(verdictBody(typo, null)).toMatchObject({ result: 'passed', measuredWeightGrams: '3o' });
    expect(verdictBody(typo, null)).not.toHaveProperty('certificateNo');
  });
});

describe('ages of work in progress', () => {
  const now = Date.parse('2026-12-01T12:00:00Z');
  it('counts days, hours and minutes, and marks a day late and two overdue', () => {
    expect(ageSince('2026-12-01T11:48:00Z', now)).toMatchObject({ days: 0, hours: 0, minutes: 12, level: 'ok' });
    expect(ageSince('2026-11-30T09:30:00Z', now)).toMatchObject({ days: 1, hours: 2, minutes: 30, level: 'late' });
    expect(ageSince('2026-11-29T12:00:00Z', now).level).toBe('overdue');
    expect(ageSince('2026-12-02T00:00:00Z', now)).toMatchObject({ days: 0, minutes: 0 });
  });
  it('is worded by its largest units', () => {
    expect(ageLabel(ageSince('2026-11-29T09:00:00Z', now))).toEqual({ key: 'td.workstation.age_days', args: { d: 2, h: 3 } });
    expect(ageLabel(ageSince('2026-12-01T06:50:00Z', now))).toEqual({ key: 'td.workstation.age_hours', args: { h: 5, m: 10 } });
    expect(ageLabel(ageSince('2026-12-01T11:59:00Z', now))).toEqual({ key: 'td.workstation.age_minutes', args: { m: 1 } });
  });
});

describe('moves offered', () => {
  const panyu = { role: 'inspector' as const, warehouseId: 1 };
  it('follow the machine for the warehouse’s inspector and an admin', () => {
    expect(allowedMoves(panyu, { status: 'awaiting_arrival', warehouseId: 1 })).toEqual(['receive']);
    expect(allowedMoves(panyu, { status: 'inspecting', warehouseId: 1 })).toEqual(['verdict']);
    expect(allowedMoves({ role: 'admin', warehouseId: null }, { status: 'passed', warehouseId: 3 })).toEqual(['ship']);
    expect(allowedMoves(panyu, { status: 'shipped', warehouseId: 1 })).toEqual([]);
  });
  it('are none on another warehouse’s parcel, for readers, or for an inspector without a warehouse', () => {
    expect(allowedMoves(panyu, { status: 'received', warehouseId: 2 })).toEqual([]);
    expect(allowedMoves({ role: 'manager', warehouseId: null }, { status: 'received', warehouseId: 1 })).toEqual([]);
    expect(allowedMoves({ role: 'inspector', warehouseId: null }, { status: 'received', warehouseId: 1 })).toEqual([]);
  });
});

describe('material search', () => {
  it('puts the exact code first, then codes that start so', () => {
    const codes = (typed: string) => rankMaterials([...MATERIALS], typed).map((m) => m.code);
    expect(codes('au999').slice(0, 2)).toEqual(['Au999', 'Au999.9']);
    expect(codes('足金')[0]).toBe('Au999');
    expect(codes('S9').slice(0, 2)).toEqual(['S999', 'S925']);
  });
});
