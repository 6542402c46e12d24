/**
 * The inspection lifecycle (SPEC §3 actions, §4 inspections) through the API: each move, the
 * append-only log with the buyer's message and the staff note apart, the measured-vs-declared
 * comparison, and every bad input answered with a 4xx and a message, changing nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, expectError, expectUnchanged, ISO, setup, type Ctx } from './helpers';
import { certificate, failBody, move, newParcel, ok, parcelIn, passBody } from './inspection-fixtures';

let c: Ctx;
beforeAll(async () => {
  c = await setup();
});
afterAll(() => c.close());

const events = async (id: number) =>
  ok(await c.a.admin.get(`/api/inspection-events?filter=${encodeURIComponent(JSON.stringify({ inspectionId: id }))}&range=[0,99]`));

describe('orders', () => {
  it('an admin takes in an order: the order with a tracking code, and its inspection awaiting the parcel', async () => {
    const res = await c.a.admin.post('/api/orders').send({
      id: 'PO2026112000000001',
      merchantId: 3391,
      productTitle: '足银手镯 · silver bangle',
      declaredMaterial: 's999',
      declaredWeightGrams: 42.5,
      priceCents: 98_000,
      warehouseId: c.ref.warehouse.PY,
    });
    const order = ok(res, 201);
    expect(order).toMatchObject({ id: 'PO2026112000000001', declaredMaterial: 'S999', declaredWeightGrams: 42.5, categoryId: c.ref.category.gold_silver });
    expect(order.trackingCode).toMatch(/^[A-Z2-9]{10}$/);
    expect(order.placedAt).toMatch(ISO);
    expect(ok(await c.a.manager.get('/api/orders/PO2026112000000001')).trackingCode).toBe(order.trackingCode);
    const inspection = ok(await c.a.manager.get(`/api/inspections?filter=${encodeURIComponent('{"orderId":"PO2026112000000001"}')}`))[0];
    expect(inspection).toMatchObject({ status: 'awaiting_arrival', result: null, warehouseId: c.ref.warehouse.PY, merchantId: 3391, caseIds: [], version: 1 });
    expect(await events(inspection.id)).toMatchObject([{ kind: 'created', from: null, to: 'awaiting_arrival', actorId: c.ref.user.admin }]);
  });

  it('refuses a duplicate order number, an unknown material, an impossible weight, an unknown warehouse', async () => {
    const base = {
      merchantId: 3391,
      productTitle: '足金吊坠',
      declaredMaterial: 'Au999',
      declaredWeightGrams: 3,
      priceCents: 250_000,
      warehouseId: c.ref.warehouse.PY,
    };
    await expectUnchanged(c.db, async () => {
      expectError(await c.a.admin.post('/api/orders').send({ ...base, id: 'PO2026112000000001' }), 409, 'id');
      expectError(await c.a.admin.post('/api/orders').send({ ...base, declaredMaterial: 'gold' }), 400, 'declaredMaterial');
      expectError(await c.a.admin.post('/api/orders').send({ ...base, declaredWeightGrams: -1 }), 400, 'declaredWeightGrams');
      expectError(await c.a.admin.post('/api/orders').send({ ...base, declaredWeightGrams: 1.2345 }), 400, 'declaredWeightGrams');
      expectError(await c.a.admin.post('/api/orders').send({ ...base, warehouseId: 999_999 }), 400, 'warehouseId');
      expectError(await c.a.admin.post('/api/orders').send({ ...base, placedAt: '2099-01-01T00:00:00Z' }), 400, 'placedAt');
      expectError(await c.a.admin.get('/api/orders/not%20an%20id'), 400);
      expectError(await c.a.admin.get('/api/orders/PO0000'), 404);
    });
  });
});

describe('the lifecycle', () => {
  it('awaiting arrival → received → inspecting → passed → shipped, each move stamped and logged', async () => {
    const { inspection } = await newParcel(c);
    const received = ok(await move(c, 'inspector', inspection.id, 'receive', { internalNote: 'box dented' }));
    expect(received).toMatchObject({ status: 'received', version: 2 });
    expect(received.receivedAt).toMatch(ISO);
    const started = ok(await move(c, 'inspector', inspection.id, 'start'));
    expect(started).toMatchObject({ status: 'inspecting', version: 3 });
    const cert = certificate();
    const passed = ok(
      await move(
        c,
        'inspector',
        inspection.id,
        'verdict',
        passBody({ certificateNo: cert, publicNote: 'Certificate enclosed', internalNote: 'XRF Au 99.93%' }),
      ),
    );
    expect(passed).toMatchObject({
      status: 'passed',
      result: 'passed',
      certificateNo: cert,
      measuredMaterial: 'Au999',
      measuredWeightGrams: 30.02,
      failureReason: null,
      inspectorId: c.ref.user.inspector,
      notes: 'XRF Au 99.93%',
      caseIds: [],
    });
    const shipped = ok(await move(c, 'inspector', inspection.id, 'ship', { sealNo: 'TSPY99000001' }));
    expect(shipped).toMatchObject({ status: 'shipped', result: 'passed', sealNo: 'TSPY99000001', certificateNo: cert, version: 5 });
    expect(shipped.shippedAt).toMatch(ISO);

    const log = await events(inspection.id);
    expect(log.map((e: { kind: string; from: string | null; to: string }) => [e.kind, e.from, e.to])).toEqual([
      ['created', null, 'awaiting_arrival'],
      ['receive', 'awaiting_arrival', 'received'],
      ['start', 'received', 'inspecting'],
      ['verdict', 'inspecting', 'passed'],
      ['ship', 'passed', 'shipped'],
    ]);
    expect(log[1]).toMatchObject({ publicMessage: null, internalNote: 'box dented', actorId: c.ref.user.inspector });
    expect(log[3]).toMatchObject({ publicMessage: 'Certificate enclosed', internalNote: 'XRF Au 99.93%' });
    expect(log[3].data).toMatchObject({
      measuredMaterial: 'Au999',
      certificateNo: cert,
      comparison: { materialMatches: true, weightMatches: true, proposedFailureReason: null },
    });
    expect(log[4].data).toEqual({ sealNo: 'TSPY99000001' });
    expect(await count(c.db, 'auditLog', { resource: 'inspections', resourceId: String(inspection.id) })).toBe(5); // created + 4 moves
  });

  it('a failure the comparison proposes: the reason defaults to it, the item goes back to the merchant, the result is kept', async () => {
    const { inspection } = await parcelIn(c, 'inspecting');
    const failed = ok(await move(c, 'inspector', inspection.id, 'verdict', failBody({ measuredMaterial: 'gold-plated' })));
    expect(failed).toMatchObject({ status: 'failed', result: 'failed', failureReason: 'material_fraud', certificateNo: null, measuredMaterial: 'gold-plated' });
    const returned = ok(await move(c, 'inspector', inspection.id, 'return', { publicNote: 'Refund on its way' }));
    expect(returned).toMatchObject({ status: 'returned', result: 'failed', failureReason: 'material_fraud' });
    expect(returned.returnedAt).toMatch(ISO);
  });

  it('a short weight proposes weight_mismatch; an inspector may name another reason when the figures match', async () => {
    const short = await parcelIn(c, 'inspecting');
    expect(
      ok(await move(c, 'inspector', short.inspection.id, 'verdict', failBody({ measuredMaterial: 'Au999', measuredWeightGrams: 27.42 }))).failureReason,
    ).toBe('weight_mismatch');
    const hallmark = await parcelIn(c, 'inspecting');
    const failed = ok(
      await move(
        c,
        'inspector',
        hallmark.inspection.id,
        'verdict',
        failBody({ measuredMaterial: 'Au999', measuredWeightGrams: 30, failureReason: 'mislabeling' }),
      ),
    );
    expect(failed.failureReason).toBe('mislabeling');
  });

  it('the comparison proposes, the inspector decides: a pass it disagrees with is recorded with the comparison', async () => {
    const { inspection } = await parcelIn(c, 'inspecting');
    const passed = ok(await move(c, 'inspector', inspection.id, 'verdict', passBody({ measuredMaterial: '足金', measuredWeightGrams: 29.5 })));
    expect(passed).toMatchObject({ status: 'passed', measuredMaterial: 'Au999', measuredWeightGrams: 29.5, failureReason: null, caseIds: [] });
    const [verdict] = await events(inspection.id).then((log) => log.filter((e: { kind: string }) => e.kind === 'verdict'));
    expect(verdict.data.comparison).toMatchObject({ weightMatches: false, proposedFailureReason: 'weight_mismatch' });
  });

  it('takes weights as typed in a form and certificate numbers as printed', async () => {
    const { inspection } = await parcelIn(c, 'inspecting');
    const passed = ok(await move(c, 'inspector', inspection.id, 'verdict', passBody({ measuredWeightGrams: '30.015', certificateNo: 'NGTC/2026 000417' })));
    expect(passed).toMatchObject({ measuredWeightGrams: 30.015, certificateNo: 'NGTC/2026 000417' });
  });

  it('the comparison endpoint shows what the verdict would propose, with the tolerance used', async () => {
    const { inspection } = await parcelIn(c, 'inspecting');
    const res = ok(await c.a.inspector.get(`/api/inspections/${inspection.id}/comparison?measuredMaterial=Au999&measuredWeightGrams=29.6`));
    expect(res).toMatchObject({
      declared: { material: 'Au999', weightGrams: 30 },
      materialMatches: true,
      weightDeltaGrams: -0.4,
      weightDeltaPercent: -1.3,
      toleranceGrams: 0.3,
      weightMatches: false,
      proposedFailureReason: 'weight_mismatch',
    });
    expectError(await c.a.inspector.get(`/api/inspections/${inspection.id}/comparison?measuredMaterial=tin&measuredWeightGrams=3`), 400, 'measuredMaterial');
  });
});

describe('bad input: a 4xx with a message, nothing changed', () => {
  it('a verdict on a parcel not yet received, or received but not started', async () => {
    const awaiting = await parcelIn(c, 'awaiting_arrival');
    const received = await parcelIn(c, 'received');
    await expectUnchanged(c.db, async () => {
      expect(expectError(await move(c, 'inspector', awaiting.inspection.id, 'verdict', passBody()), 409).code).toBe('inspections.not_received');
      expect(expectError(await move(c, 'inspector', awaiting.inspection.id, 'start'), 409).code).toBe('inspections.not_received');
      expect(expectError(await move(c, 'inspector', received.inspection.id, 'verdict', passBody()), 409).code).toBe('inspections.not_started');
    });
  });

  it('a pass without a certificate or with a failure reason; a failure with a certificate', async () => {
    const { inspection } = await parcelIn(c, 'inspecting');
    await expectUnchanged(c.db, async () => {
      expectError(await move(c, 'inspector', inspection.id, 'verdict', passBody({ certificateNo: undefined })), 400, 'certificateNo');
      expectError(await move(c, 'inspector', inspection.id, 'verdict', passBody({ certificateNo: '' })), 400, 'certificateNo');
      expectError(await move(c, 'inspector', inspection.id, 'verdict', passBody({ failureReason: 'mislabeling' })), 400, 'failureReason');
      expectError(await move(c, 'inspector', inspection.id, 'verdict', failBody({ certificateNo: 'GDJZ-1' })), 400, 'certificateNo');
    });
  });

  it('impossible weights, unknown materials, unknown or missing failure reasons, an unknown result', async () => {
    const { inspection } = await parcelIn(c, 'inspecting');
    await expectUnchanged(c.db, async () => {
      for (const grams of [0, -3, 50_001, 12.3456, 'heavy', '-1', '', null]) {
        expectError(await move(c, 'inspector', inspection.id, 'verdict', failBody({ measuredWeightGrams: grams })), 400, 'measuredWeightGrams');
      }
      const unknown = expectError(await move(c, 'inspector', inspection.id, 'verdict', failBody({ measuredMaterial: 'Au1000' })), 400, 'measuredMaterial');
      expect(unknown.errorCodes?.measuredMaterial).toEqual({ code: 'inspections.unknown_material', params: { material: 'Au1000' } });
      expectError(await move(c, 'inspector', inspection.id, 'verdict', failBody({ failureReason: 'bad_vibes' })), 400, 'failureReason');
      const none = expectError(await move(c, 'inspector', inspection.id, 'verdict', failBody({ measuredMaterial: 'Au999' })), 400, 'failureReason');
      expect(none.code).toBe('inspections.reason_required');
      expectError(await move(c, 'inspector', inspection.id, 'verdict', failBody({ result: 'maybe' })), 400, 'result');
    });
  });

  it('a second verdict, a retry of the first, shipping what did not pass, returning what passed', async () => {
    const passed = await parcelIn(c, 'passed');
    const failed = await parcelIn(c, 'failed', { merchantId: 3391 });
    await expectUnchanged(c.db, async () => {
      expect(expectError(await move(c, 'inspector', passed.inspection.id, 'verdict', failBody()), 409).code).toBe('inspections.already_decided');
      expect(expectError(await move(c, 'inspector', failed.inspection.id, 'verdict', failBody()), 409).code).toBe('inspections.already_decided');
      expect(expectError(await move(c, 'inspector', failed.inspection.id, 'ship', { sealNo: 'TSPY1234' }), 409).code).toBe('inspections.only_passed_ship');
      expect(expectError(await move(c, 'inspector', passed.inspection.id, 'return'), 409).code).toBe('inspections.only_failed_return');
      expect(expectError(await move(c, 'inspector', passed.inspection.id, 'receive'), 409).code).toBe('inspections.already_moved');
      expectError(await move(c, 'inspector', passed.inspection.id, 'ship', {}), 400, 'sealNo');
      expectError(await move(c, 'inspector', passed.inspection.id, 'ship', { sealNo: 'x' }), 400, 'sealNo');
    });
  });

  it('a certificate or a seal number already on another parcel', async () => {
    const shipped = await parcelIn(c, 'shipped');
    const inspecting = await parcelIn(c, 'inspecting');
    const passed = await parcelIn(c, 'passed');
    await expectUnchanged(c.db, async () => {
      const cert = expectError(
        await move(c, 'inspector', inspecting.inspection.id, 'verdict', passBody({ certificateNo: shipped.inspection.certificateNo })),
        409,
        'certificateNo',
      );
      expect(cert.code).toBe('inspections.certificate_taken');
      expectError(await move(c, 'inspector', passed.inspection.id, 'ship', { sealNo: shipped.inspection.sealNo }), 409, 'sealNo');
    });
  });

  it('orders and inspections are never edited or deleted, and their log never written, through the API', async () => {
    const { order, inspection } = await parcelIn(c, 'received');
    await expectUnchanged(c.db, async () => {
      for (const [method, url] of [
        ['put', `/api/orders/${order.id}`],
        ['delete', `/api/orders/${order.id}`],
        ['put', `/api/inspections/${inspection.id}`],
        ['delete', `/api/inspections/${inspection.id}`],
        ['post', '/api/inspections'],
        ['post', '/api/inspection-events'],
      ] as const) {
        expectError(await c.a.admin[method](url).send({ status: 'passed', version: 1 }), 405);
      }
    });
  });

  it('an unknown inspection is a 404; a malformed id a 400', async () => {
    await expectUnchanged(c.db, async () => {
      expectError(await move(c, 'inspector', 999_999, 'receive'), 404);
      expectError(await c.a.inspector.post('/api/inspections/abc/receive').send({}), 400);
    });
  });
});
