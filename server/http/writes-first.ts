import type { RequestHandler } from 'express';
import type { Database } from '../db';

/** API reads start once the writes in progress are done (SQLite; see WritePriority). */
export function readsAfterWrites(db: Database): RequestHandler {
  return (req, _res, next) => {
    const turn = req.method === 'GET' ? db.writePriority?.readTurn() : undefined;
    if (turn) void turn.then(() => next());
    else next();
  };
}
