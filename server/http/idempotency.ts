/**
 * `Idempotency-Key` on creating POSTs (SPEC §3), as Stripe keeps them: the key and the answer are
 * written in the same transaction as the change, so after a crash either both exist or neither
 * does — a retry with the key then answers the committed result or makes the change once. The
 * same key from the same user answers the first result again and creates nothing more; the key
 * reused for another endpoint is a 409, for another body a 422.
 */
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import type { Knex } from 'knex';
import { constraintKind } from '../db/dialect';
import { nowIso } from '../db/time';
import { badRequest, conflict, HttpError } from './errors';

export interface IdempotencyClaim {
  userId: number;
  key: string;
  /** Method and path the key is used for. */
  request: string;
  /** SHA-256 of the parsed body (keys sorted), so a retry is recognised whatever its key order. */
  fingerprint: string;
}

/** Raised inside the write's transaction when another request committed the same key first. */
export class KeyAlreadyUsed extends Error {}

const MAX_KEY = 200;

/** JSON with object keys sorted: the same input always hashes the same. Parsed input only (bounded depth). */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** The request's key and what it is for, or null when it sent none. */
export function claimOf(req: Request, input: unknown): IdempotencyClaim | null {
  const key = req.get('Idempotency-Key');
  if (!key) return null;
  if (key.length > MAX_KEY) throw badRequest('idempotency.too_long');
  return {
    userId: req.actor!.id,
    key,
    request: `${req.method} ${req.baseUrl}${req.path}`.slice(0, 300),
    fingerprint: createHash('sha256')
      .update(JSON.stringify(canonical(input)) ?? 'null')
      .digest('hex'),
  };
}

/** If the key already has a committed answer, sends it again (or refuses a different use) and says so. */
export async function replayed(knex: Knex, claim: IdempotencyClaim, res: Response): Promise<boolean> {
  const first = await knex('idempotencyKeys').where({ userId: claim.userId, key: claim.key }).first();
  if (!first) return false;
  if (first.request !== claim.request) throw conflict('idempotency.other_request');
  // Keys stored before fingerprints existed have none: they answer as before.
  if (first.fingerprint != null && first.fingerprint !== claim.fingerprint) throw new HttpError(422, 'idempotency.other_body');
  // Only keys claimed by an older version that stopped mid-request lack an answer: whether their write committed is unknown.
  if (first.statusCode == null) throw conflict('idempotency.unknown_outcome');
  res.status(first.statusCode).set('Idempotent-Replayed', 'true').json(JSON.parse(first.response));
  return true;
}

/** Inside the write's transaction: the key with its answer, committed together with the change. */
export async function storeAnswer(trx: Knex.Transaction, claim: IdempotencyClaim, statusCode: number, body: unknown): Promise<void> {
  try {
    await trx('idempotencyKeys').insert({
      userId: claim.userId,
      key: claim.key,
      request: claim.request,
      fingerprint: claim.fingerprint,
      statusCode,
      response: JSON.stringify(body),
      createdAt: nowIso(),
    });
  } catch (err) {
    if (constraintKind(err) === 'unique') throw new KeyAlreadyUsed();
    throw err;
  }
}
