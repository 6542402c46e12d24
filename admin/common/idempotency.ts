/**
 * Creating POSTs carry an `Idempotency-Key` (SPEC §3): the same key never creates twice. One key per
 * dialog opening, given to the data provider (`create`'s `meta.idempotencyKey`, `action`'s `idempotencyKey`).
 */
export const newIdempotencyKey = () => globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
