/**
 * Cross-site request forgery (OWASP ASVS 4.0 §13.2.3, §50.4): the session cookie is SameSite=Lax,
 * which lets it through from every page of the same *site* — another port or subdomain of the
 * host. So every state-changing request that could ride on the cookie must come from the app's own
 * origin, and the API takes JSON bodies only (a cross-site form or `no-cors` fetch can only send
 * text/plain, urlencoded or multipart, and cannot send a JSON content type without a CORS preflight
 * this server never grants).
 */
import type { Request, RequestHandler } from 'express';
import { HttpError } from './errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Where a browser says the request came from: its own origin, or elsewhere (null: not a browser, or too old to say). */
function fromOwnOrigin(req: Request): boolean | null {
  // Sec-Fetch-Site: sent by every current browser, and not settable by a page.
  const site = req.get('Sec-Fetch-Site');
  if (site) return site === 'same-origin' || site === 'none';
  const origin = req.get('Origin');
  if (origin === undefined) return null;
  return origin.toLowerCase() === `${req.protocol}://${req.get('Host') ?? ''}`.toLowerCase();
}

/**
 * Refuses unsafe requests from another origin unless they carry a bearer token (which no other
 * page can have). Requests with neither Sec-Fetch-Site nor Origin are not from a browser page.
 */
export const refuseCrossSiteWrites: RequestHandler = (req, _res, next) => {
  if (SAFE_METHODS.has(req.method) || req.get('Authorization')) return next();
  next(fromOwnOrigin(req) === false ? new HttpError(403, 'cross_site') : undefined);
};

const hasBody = (req: Request) => req.get('Transfer-Encoding') !== undefined || Number(req.get('Content-Length') ?? 0) > 0;

const JSON_TYPE = /^application\/json\s*(;|$)/i;

/** JSON bodies only: a body of any other type, or an empty one declared as another type, is a 415. */
export const jsonBodiesOnly: RequestHandler = (req, _res, next) => {
  if (SAFE_METHODS.has(req.method)) return next();
  const type = req.get('Content-Type');
  const ok = type === undefined ? !hasBody(req) : JSON_TYPE.test(type);
  next(ok ? undefined : new HttpError(415, 'json_only'));
};
