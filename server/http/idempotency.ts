import type { RequestHandler } from 'express';
import type { Database } from '../db';
import { constraintKind } from '../db/dialect';
import { nowIso } from '../db/time';
import { badRequest, conflict } from './errors';

const ABANDONED_AFTER_MS = 5 * 60_000;

/**
 * `Idempotency-Key` on creating POSTs (SPEC §3): the same key from the same user answers the first
 * result again and creates nothing more. The key is claimed before the handler runs (a unique
 * row), so two concurrent retries cannot both create; a failed attempt releases it for a retry.
 */
export function idempotent(db: Database): RequestHandler {
  return async (req, res, next) => {
    const key = req.get('Idempotency-Key');
    if (!key) return next();
    if (key.length > 200) throw badRequest('idempotency.too_long');
    const userId = req.actor!.id;
    const request = `${req.method} ${req.baseUrl}${req.path}`.slice(0, 300);
    try {
      await db.knex('idempotencyKeys').insert({ userId, key, request, createdAt: nowIso() });
    } catch (err) {
      if (constraintKind(err) !== 'unique') throw err;
      const first = await db.knex('idempotencyKeys').where({ userId, key }).first();
      if (!first) throw conflict('idempotency.releasing');
      if (first.request !== request) throw conflict('idempotency.other_request');
      if (first.statusCode == null) {
        // Claimed by a request that never finished (the process stopped): after a while, free it.
        const abandoned = Date.now() - new Date(first.createdAt).getTime() > ABANDONED_AFTER_MS;
        if (abandoned) await db.knex('idempotencyKeys').where({ userId, key }).whereNull('statusCode').delete();
        throw conflict(abandoned ? 'idempotency.abandoned' : 'idempotency.in_progress');
      }
      res.status(first.statusCode).set('Idempotent-Replayed', 'true').json(JSON.parse(first.response));
      return;
    }
    const send = res.json.bind(res);
    res.json = (body: unknown) => {
      const done =
        res.statusCode < 400
          ? db
              .knex('idempotencyKeys')
              .where({ userId, key })
              .update({ statusCode: res.statusCode, response: JSON.stringify(body) })
          : db.knex('idempotencyKeys').where({ userId, key }).delete();
      done.then(
        () => send(body),
        (err: unknown) => next(err),
      );
      return res;
    };
    next();
  };
}
