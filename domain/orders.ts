/**
 * Orders (SPEC §4): a jewelry order routed to an inspection warehouse. Its id is the platform's
 * order number (as a merchant's id is the platform's), its tracking code the buyer's key to the
 * public tracking page.
 */

/** The platform's order numbers (`PO` + the order date + digits); any code of letters, digits, _ and - is accepted. */
export const ORDER_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Tracking codes: 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 10^15
 * codes, so guessing one that exists is hopeless before the rate limit stops the guesser.
 */
export const TRACKING_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const TRACKING_CODE_LENGTH = 10;

/** A code as a buyer may type it (lower case, spaces or dashes between groups) → its stored form, or null. */
export function normalizeTrackingCode(raw: string | null | undefined): string | null {
  const code = String(raw ?? '')
    .replace(/[\s-]/g, '')
    .toUpperCase();
  if (code.length !== TRACKING_CODE_LENGTH) return null;
  for (const c of code) if (!TRACKING_ALPHABET.includes(c)) return null;
  return code;
}

/** A tracking code from a source of random integers in [0, 2^32) (crypto on the server, the seeded PRNG in the demo). */
export function trackingCodeFrom(randomUint32: () => number): string {
  let code = '';
  while (code.length < TRACKING_CODE_LENGTH) code += TRACKING_ALPHABET[randomUint32() % TRACKING_ALPHABET.length];
  return code;
}

/** Shown in groups of five, as printed on the order page. */
export const formatTrackingCode = (code: string): string => code.replace(/(.{5})(?=.)/g, '$1-');

export interface OrderRecord {
  id: string;
  merchantId: number;
  categoryId: number;
  productTitle: string;
  declaredMaterial: string;
  declaredWeightGrams: number;
  priceCents: number;
  placedAt: string;
  warehouseId: number;
  trackingCode: string;
  createdAt: string;
  updatedAt: string;
}
