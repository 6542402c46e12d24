import { describe, expect, it } from 'vitest';
import { INSPECTION_STATUSES } from '../../../domain/inspections';
import { formatTrackingCode, normalizeTrackingCode, ORDER_ID_PATTERN, TRACKING_ALPHABET, TRACKING_CODE_LENGTH, trackingCodeFrom } from '../../../domain/orders';
import { MILESTONE_LABELS, PUBLIC_MILESTONE_FIELDS, publicTracking, type TrackingSource } from '../../../domain/tracking';
import { mulberry32 } from '../../../seeds/random';

const source = (over: Partial<TrackingSource['inspection']> = {}): TrackingSource & Record<string, unknown> => ({
  order: {
    trackingCode: 'ABCDE23456',
    productTitle: '足金手镯',
    declaredMaterial: 'Au999',
    declaredWeightGrams: 30,
    id: 'PO1',
    merchantId: 3391,
  } as TrackingSource['order'],
  inspection: {
    status: 'shipped',
    result: 'passed',
    certificateNo: 'GDJZ-1',
    sealNo: 'TSPY1',
    notes: 'secret',
    inspectorId: 7,
    ...over,
  } as TrackingSource['inspection'],
  warehouse: { code: 'PY', name: 'Panyu inspection warehouse', nameZh: '番禺质检仓', city: 'Guangzhou', agency: 'GD station' },
  events: [
    { to: 'awaiting_arrival', at: '2026-11-01T00:00:00.000Z', publicMessage: null, internalNote: 'secret' } as TrackingSource['events'][number],
    { to: 'shipped', at: '2026-11-03T00:00:00.000Z', publicMessage: 'SF Express' },
  ],
});

describe('the public projection', () => {
  it('copies only whitelisted fields, even when the source carries internal ones', () => {
    const t = publicTracking(source(), 'en');
    expect(JSON.stringify(t)).not.toMatch(/secret|inspectorId|3391|PO1/);
    expect(t.milestones).toEqual([
      { status: 'awaiting_arrival', at: '2026-11-01T00:00:00.000Z', label: MILESTONE_LABELS.awaiting_arrival.en, note: null },
      { status: 'shipped', at: '2026-11-03T00:00:00.000Z', label: MILESTONE_LABELS.shipped.en, note: 'SF Express' },
    ]);
    for (const m of t.milestones) expect(Object.keys(m)).toEqual([...PUBLIC_MILESTONE_FIELDS]);
  });

  it('shows the certificate once passed and the seal once shipped', () => {
    expect(publicTracking(source(), 'en')).toMatchObject({ certificateNo: 'GDJZ-1', sealNo: 'TSPY1' });
    expect(publicTracking(source({ status: 'passed', sealNo: null }), 'en')).toMatchObject({ certificateNo: 'GDJZ-1', sealNo: null });
    expect(publicTracking(source({ status: 'inspecting', result: null, certificateNo: null, sealNo: null }), 'en')).toMatchObject({
      certificateNo: null,
      sealNo: null,
    });
    // A failed item never shows a number, whatever is stored.
    expect(publicTracking(source({ status: 'returned', result: 'failed' }), 'en')).toMatchObject({ certificateNo: null, sealNo: null, result: 'failed' });
  });

  it('words every status in both languages, and the warehouse in the reader’s', () => {
    for (const s of INSPECTION_STATUSES) {
      expect(MILESTONE_LABELS[s].en.length, s).toBeGreaterThan(10);
      expect(MILESTONE_LABELS[s].zh, s).toMatch(/[\u4e00-\u9fff]/);
    }
    const zh = publicTracking(source(), 'zh');
    expect(zh).toMatchObject({ label: MILESTONE_LABELS.shipped.zh, declaredMaterialName: '足金', warehouse: { name: '番禺质检仓' } });
  });
});

describe('tracking codes and order numbers', () => {
  it('generates codes of the alphabet, and reads them back however typed', () => {
    const rng = mulberry32(1);
    const code = trackingCodeFrom(() => Math.floor(rng() * 2 ** 32));
    expect(code).toHaveLength(TRACKING_CODE_LENGTH);
    for (const ch of code) expect(TRACKING_ALPHABET).toContain(ch);
    expect(normalizeTrackingCode(formatTrackingCode(code).toLowerCase())).toBe(code);
    expect(normalizeTrackingCode(` ${code.slice(0, 5)} ${code.slice(5)} `)).toBe(code);
    for (const bad of ['', 'ABC', `${code}X`, 'ABCDE0O1IL', '../etc/pass', null]) expect(normalizeTrackingCode(bad), String(bad)).toBeNull();
    expect(formatTrackingCode('ABCDE23456')).toBe('ABCDE-23456');
  });

  it('accepts the platform’s order numbers and refuses anything that could be a path', () => {
    for (const good of ['PO2026112012345678', '42', 'ord_7-b']) expect(ORDER_ID_PATTERN.test(good), good).toBe(true);
    for (const bad of ['', 'PO 1', '../x', 'a/b', 'a'.repeat(65)]) expect(ORDER_ID_PATTERN.test(bad), bad).toBe(false);
  });
});
