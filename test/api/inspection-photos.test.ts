/**
 * Inspection photos: base64 JSON uploads on their own larger body limit, typed from the bytes
 * (JPEG, PNG, WebP, HEIC only), size-limited, stored under the uploads folder, and served only to
 * signed-in staff who may read that inspection, never cached by shared caches or re-typed.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PHOTO_BYTES, MAX_PHOTOS_PER_INSPECTION } from '../../domain/inspections';
import { count, expectError, expectUnchanged, setup, type Ctx } from './helpers';
import { IMAGES, move, ok, parcelIn, passBody, upload } from './inspection-fixtures';

let c: Ctx;
beforeAll(async () => {
  c = await setup();
});
afterAll(() => c.close());

/** Every stored file, so a refused upload is seen to leave none behind. */
function files(dir = c.uploadsDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('uploading', () => {
  it('stores a PNG and a JPEG typed by their bytes, lists them, and serves them to staff', async () => {
    const { inspection } = await parcelIn(c, 'received');
    const png = ok(await upload(c, 'inspector', inspection.id, IMAGES.png, { caption: 'hallmark S999' }), 201);
    expect(png).toMatchObject({
      inspectionId: inspection.id,
      kind: 'hallmark',
      contentType: 'image/png',
      sizeBytes: IMAGES.png.length,
      caption: 'hallmark S999',
      uploadedById: c.ref.user.inspector,
      url: `/api/inspections/${inspection.id}/photos/${png.id}`,
    });
    expect(png.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(png).not.toHaveProperty('storageKey');
    // A data: URL is fine too, and the name or claimed type never matter.
    const jpeg = ok(
      await upload(c, 'inspector', inspection.id, IMAGES.jpeg, { kind: 'item', content: `data:image/png;base64,${IMAGES.jpeg.toString('base64')}` }),
      201,
    );
    expect(jpeg.contentType).toBe('image/jpeg');
    expect(files().length).toBeGreaterThanOrEqual(2);
    expect(await count(c.db, 'auditLog', { resource: 'inspection-photos', action: 'create' })).toBeGreaterThanOrEqual(2);

    const listed = ok(await c.a.reviewer.get(`/api/inspections/${inspection.id}/photos`));
    expect(listed.map((p: { id: number }) => p.id)).toEqual([png.id, jpeg.id]);
    const served = await c.a.reviewer.get(png.url).buffer(true);
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['cache-control']).toMatch(/^private/);
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(served.body, IMAGES.png)).toBe(0);
    // Photos attach while the parcel is at the bench: the verdict records them.
    const decided = ok(await move(c, 'inspector', inspection.id, 'start'));
    ok(await move(c, 'inspector', decided.id, 'verdict', passBody()));
    const verdict = (await c.db.knex('inspectionEvents').where({ inspectionId: inspection.id, kind: 'verdict' }).first()).data;
    expect(JSON.parse(verdict).photoIds).toEqual([png.id, jpeg.id]);
  });

  it('refuses other types, broken base64 and oversized images, leaving no file behind', async () => {
    const { inspection } = await parcelIn(c, 'inspecting');
    const before = files().length;
    await expectUnchanged(c.db, async () => {
      const gif = expectError(await upload(c, 'inspector', inspection.id, IMAGES.gif), 400, 'content');
      expect(gif.params).toEqual({ detected: 'image/gif' });
      expectError(await upload(c, 'inspector', inspection.id, IMAGES.svg), 400, 'content');
      expectError(await upload(c, 'inspector', inspection.id, IMAGES.png, { content: 'not base64!' }), 400, 'content');
      expectError(await upload(c, 'inspector', inspection.id, IMAGES.png, { kind: 'selfie' }), 400, 'kind');
      const big = Buffer.concat([IMAGES.png, Buffer.alloc(MAX_PHOTO_BYTES)]);
      expect(expectError(await upload(c, 'inspector', inspection.id, big), 413).code).toBe('inspections.photo_too_large');
      // Past the route's own body limit, the parser refuses before anything is read.
      const huge = 'A'.repeat(13 * 1024 * 1024);
      expect(expectError(await upload(c, 'inspector', inspection.id, IMAGES.png, { content: huge }), 413).code).toBe('too_large');
    });
    expect(files().length).toBe(before);
  });

  it('keeps the 100 kb limit everywhere else', async () => {
    const res = await c.a.manager.post('/api/cases').send({ summary: 'x'.repeat(150 * 1024) });
    expect(expectError(res, 413).code).toBe('too_large');
  });

  it('closes once the verdict is in (or before the parcel arrives), and stops at the per-inspection maximum', async () => {
    const awaiting = await parcelIn(c, 'awaiting_arrival');
    const passed = await parcelIn(c, 'passed');
    await expectUnchanged(c.db, async () => {
      expect(expectError(await upload(c, 'inspector', awaiting.inspection.id, IMAGES.png), 409).code).toBe('inspections.photos_closed');
      expect(expectError(await upload(c, 'inspector', passed.inspection.id, IMAGES.png), 409).code).toBe('inspections.photos_closed');
    });
    const { inspection } = await parcelIn(c, 'received');
    for (let i = 0; i < MAX_PHOTOS_PER_INSPECTION; i++) ok(await upload(c, 'admin', inspection.id, IMAGES.png), 201);
    await expectUnchanged(c.db, async () => {
      expect(expectError(await upload(c, 'admin', inspection.id, IMAGES.png), 409).code).toBe('inspections.too_many_photos');
    });
  });
});

describe('who may see them', () => {
  it('signed-out visitors get a 401, roles that do not read inspections a 403, an unknown photo a 404', async () => {
    const { inspection } = await parcelIn(c, 'received');
    const photo = ok(await upload(c, 'inspector', inspection.id, IMAGES.png), 201);
    expectError(await request(c.app).get(photo.url), 401);
    expectError(await c.a.comms.get(photo.url), 403);
    expectError(await c.a.comms.get(`/api/inspections/${inspection.id}/photos`), 403);
    await expectUnchanged(c.db, async () => {
      expectError(await upload(c, 'comms', inspection.id, IMAGES.png), 403);
      expectError(await upload(c, 'manager', inspection.id, IMAGES.png), 403);
      expectError(
        await request(c.app)
          .post(`/api/inspections/${inspection.id}/photos`)
          .send({ content: IMAGES.png.toString('base64') }),
        401,
      );
    });
    expectError(await c.a.manager.get(`/api/inspections/${inspection.id}/photos/999999`), 404);
    // A photo id under another inspection is not found either.
    const other = await parcelIn(c, 'received');
    expectError(await c.a.manager.get(`/api/inspections/${other.inspection.id}/photos/${photo.id}`), 404);
  });
});
