/**
 * What a buyer sees of an inspection (SPEC §4, `/track/<code>`): milestones with their times and
 * the warehouse, the certificate number once passed, the seal number once shipped. Built from a
 * whitelist: never buyer data, internal notes, inspector names or ids, measurements or failure
 * reasons. The JSON and the HTML page are both this projection.
 */
import type { InspectionResult, InspectionStatus } from './inspections';
import { materialName } from './materials';

export type TrackingLang = 'zh' | 'en';
type Text = Record<TrackingLang, string>;

/** Each status as a buyer reads it, used when staff wrote no public message of their own. */
export const MILESTONE_LABELS: Readonly<Record<InspectionStatus, Text>> = {
  awaiting_arrival: { en: 'Order sent to the official inspection warehouse; awaiting the parcel', zh: '订单已分配至官方质检仓，等待商家发货入仓' },
  received: { en: 'Parcel received at the inspection warehouse', zh: '包裹已到达质检仓' },
  inspecting: { en: 'Being inspected by the certified agency', zh: '权威检测机构质检中' },
  passed: { en: 'Passed inspection; certificate issued', zh: '质检合格，已出具鉴定证书' },
  failed: { en: 'Did not pass inspection; it will not be shipped to you', zh: '质检未通过，商品不予发出' },
  shipped: { en: 'Shipped to you with the certificate, in sealed tamper-evident packaging', zh: '已随鉴定证书以防拆封包装发出' },
  returned: { en: 'Returned to the merchant; the platform will refund your order', zh: '已退回商家，平台将为您办理退款' },
};

/** What the buyer checks on arrival, printed beside the certificate and seal numbers. */
export const ARRIVAL_CHECK: Text = {
  en: 'When the parcel arrives, check that the seal is intact and that its number and the certificate number match the ones on this page. Do not accept a parcel whose seal is broken.',
  zh: '收货时请核对：防拆封条完好，封条编号与证书编号与本页一致。封条破损请拒收。',
};

/** The only fields a milestone carries. */
export const PUBLIC_MILESTONE_FIELDS = ['status', 'at', 'label', 'note'] as const;

export interface PublicMilestone {
  status: InspectionStatus;
  at: string;
  label: string;
  /** A message staff wrote for the buyer, as written. */
  note: string | null;
}

export interface PublicTracking {
  trackingCode: string;
  productTitle: string;
  declaredMaterial: string;
  declaredMaterialName: string;
  declaredWeightGrams: number;
  status: InspectionStatus;
  label: string;
  result: InspectionResult | null;
  warehouse: { code: string; name: string; city: string; agency: string };
  certificateNo: string | null;
  sealNo: string | null;
  milestones: PublicMilestone[];
}

/** The stored facts the projection reads; extra fields on them are ignored, never copied. */
export interface TrackingSource {
  order: { trackingCode: string; productTitle: string; declaredMaterial: string; declaredWeightGrams: number };
  inspection: { status: InspectionStatus; result: InspectionResult | null; certificateNo: string | null; sealNo: string | null };
  warehouse: { code: string; name: string; nameZh: string | null; city: string; agency: string };
  /** The lifecycle events in time order. */
  events: { to: InspectionStatus; at: string; publicMessage: string | null }[];
}

export function publicTracking(src: TrackingSource, lang: TrackingLang): PublicTracking {
  const { order, inspection, warehouse } = src;
  const passed = inspection.result === 'passed';
  return {
    trackingCode: order.trackingCode,
    productTitle: order.productTitle,
    declaredMaterial: order.declaredMaterial,
    declaredMaterialName: materialName(order.declaredMaterial, lang),
    declaredWeightGrams: order.declaredWeightGrams,
    status: inspection.status,
    label: MILESTONE_LABELS[inspection.status][lang],
    result: inspection.result,
    warehouse: {
      code: warehouse.code,
      name: (lang === 'zh' && warehouse.nameZh) || warehouse.name,
      city: warehouse.city,
      agency: warehouse.agency,
    },
    certificateNo: passed ? inspection.certificateNo : null,
    sealNo: inspection.status === 'shipped' ? inspection.sealNo : null,
    milestones: src.events.map((e) => ({ status: e.to, at: e.at, label: MILESTONE_LABELS[e.to][lang], note: e.publicMessage || null })),
  };
}
