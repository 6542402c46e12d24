import type { Request, RequestHandler, Response } from 'express';
import { HttpError } from '../http/errors';
import type { SessionStore } from './sessions';

export const SESSION_COOKIE = 'td_session';

export function tokenOf(req: Request): string | null {
  const header = req.get('Authorization');
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return match ? match[1] : null;
  }
  return (req.cookies?.[SESSION_COOKIE] as string | undefined) || null;
}

export const clearSessionCookie = (res: Response) => res.clearCookie(SESSION_COOKIE, { path: '/' });

/**
 * Sets req.actor from the bearer token or session cookie. A token that no longer works is a 401 at
 * once; a stale cookie is cleared with it, so the browser stops sending it.
 */
export function authenticate(sessions: SessionStore): RequestHandler {
  return async (req, res, next) => {
    const token = tokenOf(req);
    if (!token) return next();
    const session = await sessions.resolve(token);
    if (!session) {
      if (!req.get('Authorization')) clearSessionCookie(res);
      throw new HttpError(401, 'auth.session_ended');
    }
    req.actor = session.actor;
    req.sessionId = session.sessionId;
    next();
  };
}
