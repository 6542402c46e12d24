/**
 * A failed verdict opens a case (SPEC §4): source `inspection`, evidence declared vs measured,
 * severity from the violation type, in the verdict's transaction, exactly once — retried,
 * replayed with its Idempotency-Key or sent many times at once, on SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLA_HOURS, type Severity } from '../../domain/cases';
import { constraintKind } from '../../server/db/dialect';
import { count, expectError, expectUnchanged, getCase, setup, type Ctx } from './helpers';
import { freshMerchant, merchant } from './enforcement-fixtures';
import { failBody, move, ok, parcelIn, upload, IMAGES } from './inspection-fixtures';

let c: Ctx;
beforeAll(async () => {
  c = await setup();
});
afterAll(() => c.close());

const casesOf = async (inspectionId: number) => c.db.knex('cases').where({ inspectionId }).select('id');

describe('a failed verdict opens a case', () => {
  it('with the inspection, the order, the merchant, the category, the violation and its severity and SLA', async () => {
    const merchantId = await freshMerchant(c);
    const { order, inspection } = await parcelIn(c, 'inspecting', { merchantId });
    ok(await upload(c, 'inspector', inspection.id, IMAGES.png), 201);
    const before = await merchant(c, merchantId);
    const failed = ok(
      await move(
        c,
        'inspector',
        inspection.id,
        'verdict',
        failBody({ measuredWeightGrams: 30.1, internalNote: 'XRF Au 75.1%', publicNote: 'Not as described' }),
      ),
    );
    expect(failed.caseIds).toHaveLength(1);
    const kase = await getCase(c, failed.caseIds[0]);
    expect(kase).toMatchObject({
      source: 'inspection',
      inspectionId: inspection.id,
      orderId: order.id,
      merchantId,
      categoryId: order.categoryId,
      violationTypeId: c.ref.vt.material_fraud.id,
      severity: c.ref.vt.material_fraud.severity,
      status: 'open',
      assigneeId: null,
      openedById: null,
    });
    expect(Date.parse(kase.dueAt) - Date.parse(kase.openedAt)).toBe(SLA_HOURS[kase.severity as Severity] * 3_600_000);
    expect(kase.summary).toContain('Panyu inspection warehouse');
    expect(kase.summary).toContain('番禺质检仓');
    const text = kase.evidence.map((e: { text: string }) => e.text).join('\n');
    expect(text).toContain('declared Au999 gold, 30.00 g; measured Au750 (18K) gold, 30.10 g');
    expect(text).toContain('material_fraud');
    expect(text).toContain("Inspector's note: XRF Au 75.1%");
    expect(text).toContain('1 photo on inspection');
    // The case's timeline and the merchant's counts, in the same transaction.
    const timeline = ok(await c.a.manager.get(`/api/case-events?filter=${encodeURIComponent(JSON.stringify({ caseId: kase.id }))}`));
    expect(timeline).toMatchObject([{ kind: 'opened', to: 'open', actorId: null, data: { source: 'inspection' } }]);
    expect((await merchant(c, merchantId)).openCaseCount).toBe(before.openCaseCount + 1);
    // The verdict's event names the case; the audit trail names the inspector.
    const log = ok(
      await c.a.admin.get(`/api/inspection-events?filter=${encodeURIComponent(JSON.stringify({ inspectionId: inspection.id, kind: 'verdict' }))}`),
    );
    expect(log[0].data).toMatchObject({ caseId: kase.id, failureReason: 'material_fraud', photoIds: [expect.any(Number)] });
    const audit = await c.db
      .knex('auditLog')
      .where({ resource: 'cases', resourceId: String(kase.id), action: 'create' })
      .first();
    expect(audit.actorId).toBe(c.ref.user.inspector);
  });

  it('a pass opens none', async () => {
    const { inspection } = await parcelIn(c, 'passed');
    expect(inspection.caseIds).toEqual([]);
    expect(await casesOf(inspection.id)).toEqual([]);
  });

  it('a retry after the verdict is refused and opens nothing more', async () => {
    const { inspection } = await parcelIn(c, 'failed');
    await expectUnchanged(c.db, async () => expectError(await move(c, 'inspector', inspection.id, 'verdict', failBody()), 409));
    expect(await casesOf(inspection.id)).toHaveLength(1);
  });

  it('a retry with the same Idempotency-Key answers the first verdict again', async () => {
    const { inspection } = await parcelIn(c, 'inspecting');
    const send = () => c.a.inspector.post(`/api/inspections/${inspection.id}/verdict`).set('Idempotency-Key', `verdict-${inspection.id}`).send(failBody());
    const first = ok(await send());
    const again = await expectUnchanged(c.db, send);
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first);
    expect(await casesOf(inspection.id)).toHaveLength(1);
  });

  it('parallel verdicts on one parcel: exactly one wins, exactly one case', async () => {
    const merchantId = await freshMerchant(c);
    const { inspection } = await parcelIn(c, 'inspecting', { merchantId });
    const results = await Promise.all([
      ...Array.from({ length: 4 }, () => move(c, 'inspector', inspection.id, 'verdict', failBody())),
      ...Array.from({ length: 2 }, () => move(c, 'admin', inspection.id, 'verdict', failBody({ measuredWeightGrams: 25 }))),
    ]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses, results.map((r) => r.text).join('\n')).toEqual([200, 409, 409, 409, 409, 409]);
    for (const r of results.filter((x) => x.status === 409)) expect(expectError(r, 409).code).toBe('inspections.already_decided');
    expect(await casesOf(inspection.id)).toHaveLength(1);
    expect(await count(c.db, 'cases', { merchantId })).toBe(1);
    expect(await count(c.db, 'inspectionEvents', { inspectionId: inspection.id, kind: 'verdict' })).toBe(1);
    expect((await merchant(c, merchantId)).openCaseCount).toBe(1);
  });

  it('the database itself refuses a second case for an inspection (the unique index behind the check)', async () => {
    const { inspection } = await parcelIn(c, 'failed');
    const existing = await c.db.knex('cases').where({ inspectionId: inspection.id }).first();
    const { id: _id, evidence, ...copy } = existing;
    const second = c.db.knex('cases').insert({ ...copy, evidence: typeof evidence === 'string' ? evidence : JSON.stringify(evidence) });
    await expect(second).rejects.toSatisfy((err) => constraintKind(err) === 'unique');
    // Cases from other sources carry no inspection and are not limited.
    expect(await count(c.db, 'cases', { inspectionId: null })).toBeGreaterThan(1);
  });
});
