/**
 * What a scan (or typing) at the workstation looks up: a tracking code as printed on the parcel
 * (groups, lower case and all), else the platform's order number, else an inspection number
 * ("#123"). Pure: unit-tested.
 */
import { normalizeTrackingCode, ORDER_ID_PATTERN } from '../../../domain/orders';

export type ScanFilter = { trackingCode: string } | { orderId: string } | { id: number };

export function scanFilter(text: string): ScanFilter | null {
  const typed = text.trim();
  if (!typed) return null;
  const code = normalizeTrackingCode(typed);
  if (code) return { trackingCode: code };
  const inspection = /^#(\d{1,9})$/.exec(typed);
  if (inspection) return { id: Number(inspection[1]) };
  return ORDER_ID_PATTERN.test(typed) ? { orderId: typed } : null;
}
