import type { Router } from 'express';
import { compareMeasurement } from '../../domain/inspections';
import { authorize } from '../auth/authorize';
import { inCategoryOf } from '../categories/filter';
import type { Database } from '../db';
import { toNumber } from '../db/dialect';
import { action, assertInScope, parseId, type ResourceDefinition } from '../http/resource';
import { parseBody } from '../http/validate';
import type { PhotoStore } from './photo-store';
import { declaredMaterialFilter, trackingCodeFilter } from './filters';
import { photoRoutes } from './photos';
import { comparisonQuery, inspectionShape, moveSchema, shipSchema, verdictSchema } from './schema';
import { warehouseColumnScope } from './scope';
import { receiveParcel, returnToMerchant, shipToBuyer, startInspection } from './service';
import { recordVerdict } from './verdict';

const scope = warehouseColumnScope('inspections');

/** `GET /api/inspections/<id>/comparison?measuredMaterial=&measuredWeightGrams=`: the proposal the inspector confirms. */
function comparisonRoute(router: Router, db: Database) {
  router.get('/:id/comparison', authorize('inspections', 'show'), async (req, res) => {
    const id = parseId(req.params.id as string);
    const measured = parseBody(comparisonQuery, req.query);
    await assertInScope(db.reader, { ...inspectionShape, scope }, req.actor!, id);
    const order = await db
      .reader('orders')
      .join('inspections', 'inspections.orderId', 'orders.id')
      .where('inspections.id', id)
      .first('orders.declaredMaterial', 'orders.declaredWeightGrams');
    const declared = { material: order.declaredMaterial as string, weightGrams: toNumber(order.declaredWeightGrams) };
    const actual = { material: measured.measuredMaterial, weightGrams: measured.measuredWeightGrams };
    res.json({ declared, measured: actual, ...compareMeasurement(declared, actual) });
  });
}

/** The warehouses' parcels (SPEC §3, §4): the queue, the lifecycle actions and the photos, each within the actor's warehouse. */
export function inspectionsResource(photos: PhotoStore): ResourceDefinition {
  return {
    ...inspectionShape,
    // Newest first; ids ascend with creation, so the primary key serves the default page.
    defaultSort: ['id', 'DESC'],
    scope,
    customFilters: {
      // The order's category and everything below it.
      categoryId: inCategoryOf('inspections.orderId', 'orders'),
      // The workstation's scan and the list's filters: facts of the parcel's order.
      trackingCode: trackingCodeFilter,
      declaredMaterial: declaredMaterialFilter,
    },
    actions: {
      receive: action('receive', moveSchema, receiveParcel),
      start: action('start', moveSchema, startInspection),
      // A failed verdict opens a case: a retry with the same Idempotency-Key answers the first result.
      verdict: action('verdict', verdictSchema, recordVerdict, { idempotent: true }),
      ship: action('ship', shipSchema, shipToBuyer),
      return: action('return', moveSchema, returnToMerchant),
    },
    routes(router, db) {
      photoRoutes(router, db, photos);
      comparisonRoute(router, db);
    },
  };
}
