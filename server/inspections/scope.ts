/**
 * Inspectors see their own warehouse only (SPEC §6): the resource layer applies this `scope` to
 * every read, count, update and action, so another warehouse's parcel is simply not there (404).
 */
import type { Knex } from 'knex';
import { warehouseScope } from '../../domain/inspections';
import type { Actor } from '../http/context';

/** Restricts a query to the actor's warehouse through `restrict(qb, warehouseId)`; nothing at all without one. */
export function scopedToWarehouse(restrict: (qb: Knex.QueryBuilder, warehouseId: number) => void) {
  return (qb: Knex.QueryBuilder, actor: Actor) => {
    const scope = warehouseScope(actor);
    if (scope === 'none') qb.whereRaw('1 = 0');
    else if (scope !== null) restrict(qb, scope);
  };
}

/** For tables with their own `warehouseId` column (orders, inspections). */
export const warehouseColumnScope = (table: string) => scopedToWarehouse((qb, warehouseId) => qb.where(`${table}.warehouseId`, warehouseId));

/** For rows that belong to an inspection (its events, its photos). */
export const inspectionScope = (column: string) =>
  scopedToWarehouse((qb, warehouseId) => qb.whereIn(column, (sub) => sub.select('id').from('inspections').where('warehouseId', warehouseId)));
