import type { RequestHandler } from 'express';
import { canAccess, rolesFor, type Action } from '../../domain/roles';
import { HttpError } from '../http/errors';

/** Route guard from the shared role table: 401 without a session, 403 for a role the table does not allow. */
export function authorize(resource: string, action: Action): RequestHandler {
  return (req, _res, next) => {
    if (!req.actor) return next(new HttpError(401, 'unauthorized'));
    if (!canAccess(req.actor.role, { action, resource })) {
      const allowed = rolesFor(resource, action);
      return next(new HttpError(403, 'role_may_not', { role: req.actor.role, action, resource, allowed: allowed.length ? [...allowed] : 'nobody' }));
    }
    next();
  };
}
