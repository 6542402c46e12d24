/** Creating POSTs with an `Idempotency-Key` (SPEC §3): the same key never creates twice. */
import { API_URL, httpClient } from '../providers/dataProvider';

/** A fresh key (randomUUID needs a secure context; plain-http intranet hosts fall back). */
export const newIdempotencyKey = () => globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/**
 * POST /api/<resource> with the key. ra-data-simple-rest's `create` sends no custom headers, so
 * creations that a double click or a retry must not repeat (penalties, appeals) go through here.
 * Errors are react-admin HttpErrors (`body.errors` holds the server's field errors).
 */
export async function createOnce<R = Record<string, unknown>>(resource: string, data: unknown, idempotencyKey: string): Promise<R> {
  const { json } = await httpClient(`${API_URL}/${resource}`, {
    method: 'POST',
    body: JSON.stringify(data),
    headers: new Headers({ 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey }),
  });
  return json as R;
}
