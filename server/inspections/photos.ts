/**
 * Inspection photos (the item, its hallmark, the certificate): uploaded as base64 JSON while the
 * parcel is at the bench, typed by sniffing the bytes, size-limited, and served only to signed-in
 * staff who may read that inspection (its warehouse, for an inspector).
 */
import { createHash } from 'node:crypto';
import express, { type Request, type Router } from 'express';
import { fileTypeFromBuffer } from 'file-type';
import { z } from 'zod';
import { MAX_PHOTO_BYTES, MAX_PHOTOS_PER_INSPECTION, PHOTO_KINDS, PHOTO_STATUSES, PHOTO_TYPES } from '../../domain/inspections';
import { authorize } from '../auth/authorize';
import type { Database } from '../db';
import { forUpdate, toNumber } from '../db/dialect';
import { nowIso } from '../db/time';
import { contextOf, inTransaction } from '../http/context';
import { insertRecord } from '../http/crud';
import { badRequest, conflict, fieldError, HttpError, notFound } from '../http/errors';
import { field, ref } from '../http/fields';
import { claimOf, KeyAlreadyUsed, replayed, storeAnswer } from '../http/idempotency';
import { assertInScope, parseId } from '../http/resource';
import { selectColumns, toRecords, type RecordShape } from '../http/shape';
import { parseBody } from '../http/validate';
import type { PhotoStore } from './photo-store';
import { inspectionShape } from './schema';
import { warehouseColumnScope } from './scope';

/** Base64 makes 8 MB of image about 10.7 MB of JSON. Only this route parses that much, after sign-in and the role check. */
export const PHOTO_BODY_LIMIT = '12mb';
export const isPhotoUpload = (req: Request) => req.method === 'POST' && /^\/inspections\/[^/]+\/photos\/?$/.test(req.path);

export const photoShape: RecordShape = {
  name: 'inspection-photos',
  table: 'inspectionPhotos',
  label: 'Photo',
  fields: {
    id: field.integer(),
    inspectionId: field.integer(),
    kind: field.enum(PHOTO_KINDS),
    contentType: field.string(),
    sizeBytes: field.integer(),
    sha256: field.string(),
    caption: field.string(),
    uploadedById: field.integer({ ref: ref.user }),
    uploadedAt: field.date(),
  },
  computed: (r) => ({ url: `/api/inspections/${r.inspectionId}/photos/${r.id}` }),
};

const uploadSchema = z.object({
  kind: z.enum(PHOTO_KINDS).default('item'),
  /** The image as base64 (a `data:` URL is fine too). */
  content: z.string({ message: 'the image as base64' }).min(1, 'required'),
  caption: z.string().trim().max(500).optional(),
});

const inScope = { table: inspectionShape.table, label: inspectionShape.label, scope: warehouseColumnScope('inspections') };

function decodeBase64(content: string): Buffer {
  const b64 = content.replace(/^data:[\w/+.-]*;base64,/, '').replace(/\s/g, '');
  if (!b64 || b64.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) {
    throw badRequest('invalid_input', { details: 'content: not valid base64' }, { content: fieldError('inspections.photo_base64') });
  }
  return Buffer.from(b64, 'base64');
}

/** The bytes as an accepted image: size first, then the type their first bytes show. */
async function sniffPhoto(bytes: Buffer) {
  if (bytes.length > MAX_PHOTO_BYTES) throw new HttpError(413, 'inspections.photo_too_large', { mb: MAX_PHOTO_BYTES / 1024 / 1024 });
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !(PHOTO_TYPES as readonly string[]).includes(type.mime)) {
    const detected = type?.mime ?? 'not a recognised image';
    throw badRequest('inspections.photo_type', { detected }, { content: fieldError('inspections.photo_type', { detected }) });
  }
  return type;
}

export function photoRoutes(router: Router, db: Database, store: PhotoStore) {
  router.get('/:id/photos', authorize('inspections', 'show'), async (req, res) => {
    const id = parseId(req.params.id as string);
    await assertInScope(db.reader, inScope, req.actor!, id);
    const rows = await db.reader(photoShape.table).where({ inspectionId: id }).select(selectColumns(photoShape)).orderBy('id');
    res.json(await toRecords(db.reader, photoShape, rows));
  });

  router.get('/:id/photos/:photoId', authorize('inspections', 'show'), async (req, res, next) => {
    const [id, photoId] = [parseId(req.params.id as string), parseId(req.params.photoId as string)];
    await assertInScope(db.reader, inScope, req.actor!, id);
    const photo = await db.reader(photoShape.table).where({ id: photoId, inspectionId: id }).first('contentType', 'storageKey');
    if (!photo) throw notFound('Photo', photoId);
    // Staff-only evidence: kept out of shared caches, never re-typed by the browser.
    res.set({
      'Content-Type': photo.contentType,
      'Cache-Control': 'private, max-age=3600',
      'X-Content-Type-Options': 'nosniff',
      'Content-Disposition': 'inline',
    });
    res.sendFile(store.pathOf(photo.storageKey), { cacheControl: false, lastModified: false, dotfiles: 'deny' }, (err) => {
      if (err) next(res.headersSent ? err : notFound('Photo', photoId));
    });
  });

  router.post('/:id/photos', authorize('inspections', 'attachPhoto'), express.json({ limit: PHOTO_BODY_LIMIT }), async (req, res) => {
    const id = parseId(req.params.id as string);
    const input = parseBody(uploadSchema, req.body);
    // A retried upload (same Idempotency-Key) answers the photo it stored, never a second copy.
    const claim = claimOf(req, input);
    if (claim && (await replayed(db.reader, claim, res))) return;
    const bytes = decodeBase64(input.content);
    const type = await sniffPhoto(bytes);
    let key: string | undefined;
    try {
      const record = await inTransaction(contextOf(req, db), async (tx) => {
        await assertInScope(tx.trx, inScope, tx.actor, id);
        // Locked on PostgreSQL, so a verdict recorded meanwhile waits, or this sees it.
        const { status } = await forUpdate(tx.trx('inspections').where({ id }).first('status'), db.dialect);
        if (!PHOTO_STATUSES.includes(status)) throw conflict('inspections.photos_closed', { id, status });
        const [{ n }] = await tx.trx(photoShape.table).where({ inspectionId: id }).count({ n: '*' });
        if (toNumber(n) >= MAX_PHOTOS_PER_INSPECTION) throw conflict('inspections.too_many_photos', { id, max: MAX_PHOTOS_PER_INSPECTION });
        key = await store.save(id, bytes, type.ext);
        const photo = {
          inspectionId: id,
          kind: input.kind,
          contentType: type.mime,
          sizeBytes: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          caption: input.caption || null,
          uploadedById: tx.actor.id,
          uploadedAt: nowIso(),
        };
        const stored = await insertRecord(tx, photoShape, photo, { extra: { storageKey: key } });
        if (claim) await storeAnswer(tx.trx, claim, 201, stored);
        return stored;
      });
      res.status(201).json(record);
    } catch (err) {
      if (key) await store.remove(key);
      if (!(claim && err instanceof KeyAlreadyUsed)) throw err;
      if (!(await replayed(db.knex, claim, res))) throw conflict('idempotency.in_progress');
    }
  });
}
