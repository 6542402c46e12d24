/**
 * Bilingual text for demo penalties and appeals, as staff write it: English first, the Chinese the
 * merchant and the notice team use in brackets (like the case summaries).
 */
import type { PenaltyType } from '../../domain/penalties';
import { VIOLATION_TYPES } from './reference';

const yuan = (cents: number) => (cents / 100).toLocaleString('en-US');
const yuanZh = (cents: number) => (cents >= 1_000_000 ? `${Number((cents / 1_000_000).toFixed(2))}万元` : `${cents / 100}元`);

function head(type: PenaltyType, days: number | null, fineCents: number | null): { en: string; zh: string } {
  switch (type) {
    case 'warning':
      return { en: 'Warning', zh: '警告' };
    case 'listing_removal':
      return { en: `Listings removed for ${days} days`, zh: `下架相关商品${days}天` };
    case 'fine':
      return { en: `Fine of CNY ${yuan(fineCents ?? 0)}`, zh: `罚款${yuanZh(fineCents ?? 0)}` };
    case 'live_suspension':
      return { en: `${days}-day live-stream suspension`, zh: `停播${days}天` };
    default:
      return { en: 'Permanent ban', zh: '永久封禁' };
  }
}

export interface ReasonInput {
  type: PenaltyType;
  days: number | null;
  fineCents: number | null;
  caseIds: number[];
  codes: string[];
  priorPoints: number;
  windowDays: number;
  direct: boolean;
}

/** "Fine of CNY 20,000 for price fraud (case #12, #15): repeat violation … (罚款2万元：价格欺诈，…)" */
export function penaltyReason(p: ReasonInput): string {
  const h = head(p.type, p.days, p.fineCents);
  const names = [...new Set(p.codes)].map((c) => VIOLATION_TYPES.find((v) => v.code === c) ?? { name: c, nameZh: c });
  const en = names.map((n) => n.name.toLowerCase()).join(' and ');
  const zh = names.map((n) => n.nameZh).join('、');
  const cited = `case${p.caseIds.length > 1 ? 's' : ''} ${p.caseIds.map((id) => `#${id}`).join(', ')}`;
  const why =
    p.direct && p.type === 'permanent_ban'
      ? { en: 'a direct-ban violation under the policy', zh: '属直接封禁类违规' }
      : p.priorPoints > 0
        ? {
            en: `repeat violation, ${p.priorPoints} points already in the last ${p.windowDays} days`,
            zh: `${p.windowDays}天内已累计${p.priorPoints}分，再次违规`,
          }
        : { en: 'first violation in the policy window', zh: '政策周期内首次违规' };
  return `${h.en} for ${en} (${cited}): ${why.en}. (${h.zh}：${zh}，${why.zh})`;
}

/** A text that only fits some violations (a lab re-test fits material fraud, not a price claim). */
export type Tagged = string | { text: string; only: readonly string[] };
const MEASURED = ['material_fraud', 'weight_mismatch', 'counterfeit', 'mislabeling'];
const ON_STREAM = ['false_advertising', 'description_mismatch', 'price_fraud'];

/** The texts that fit a penalty citing cases of these violation types. */
export function fitting(items: readonly Tagged[], codes: readonly string[]): string[] {
  return items.filter((i) => typeof i === 'string' || i.only.some((c) => codes.includes(c))).map((i) => (typeof i === 'string' ? i : i.text));
}

export const BAN_APPROVAL_NOTES: Tagged[] = [
  'Approved: repeated confirmed violations; the ladder reached a ban. (批准：多次违规属实，已达封禁档)',
  { text: 'Approved: lab reports are conclusive. (批准：检测报告结论明确)', only: MEASURED },
  '',
  'Approved after reviewing the live-stream replays. (已复核直播回放，批准)',
];

export const BAN_REJECTION_NOTES: Tagged[] = [
  'A 30-day suspension is proportionate for this record; issue that instead. (按该商家记录，停播30天即可，请改开)',
  { text: 'Evidence rests on one buyer test; wait for the lab re-test before a ban. (证据仅为买家自测，待复检后再议封禁)', only: MEASURED },
  'The cited cases overlap with a penalty already served. (所引案件与已执行处罚重叠)',
];

export const REVOKE_REASONS: Tagged[] = [
  'Revoked: the buyer withdrew the complaint and the order was refunded in full. (撤销：买家撤诉且已全额退款)',
  'Revoked: duplicate of another penalty for the same order. (撤销：与同一订单的处罚重复)',
  { text: 'Revoked: a second lab re-tested the item and it passed. (撤销：第二家检测机构复检合格)', only: MEASURED },
  'Revoked: the listings belonged to another shop with a similar name. (撤销：违规商品属于名称相近的另一店铺)',
];

export const APPEAL_STATEMENTS: Tagged[] = [
  {
    text: 'The batch came from a supplier we have since dropped; purchase invoices attached. (该批货来自已终止合作的供应商，附进货发票)',
    only: [...MEASURED, 'expired_food', 'description_mismatch'],
  },
  {
    text: 'The host misspoke on stream; the listing page states the correct details. (主播口误，商品详情页信息标注正确)',
    only: [...ON_STREAM, 'material_fraud'],
  },
  { text: 'The weight difference is the packaging card, weighed with the item by mistake. (重量差异系包装卡一并称重所致)', only: ['weight_mismatch'] },
  'We refunded the buyer in full before the case was opened. (立案前已为买家全额退款)',
  'First violation in five years on the platform; we ask for a warning instead. (入驻五年首次违规，请求改为警告)',
  {
    text: 'A former employee listed the item without approval; the listing is gone. (该商品由已离职员工擅自上架，现已下架)',
    only: ['listing_irregular', 'prohibited_item', 'price_fraud', 'false_advertising', 'mislabeling'],
  },
];

export const UPHOLD_NOTES: Tagged[] = [
  { text: 'The inspection report is conclusive and the invoices do not cover this batch. (质检报告结论明确，发票不涵盖该批次)', only: MEASURED },
  { text: 'The live-stream replay shows the claim was made repeatedly. (直播回放显示多次作出该宣传)', only: ON_STREAM },
  'A refund does not undo the violation. (退款不影响违规认定)',
  'The penalty matches the policy step for this record. (处罚与政策档位一致)',
];

/** Also the revoke reason, after "Appeal #N overturned: " (as the server writes it). */
export const OVERTURN_NOTES: Tagged[] = [
  'The order in the evidence was placed with another shop. (证据中的订单属于其他店铺)',
  { text: 'A second lab re-tested the item and it passed; the first reading was wrong. (第二家机构复检合格，首次结果有误)', only: MEASURED },
  { text: 'The invoices show the material was as declared. (进货发票证明材质与标注一致)', only: ['material_fraud', 'counterfeit'] },
  'The cited cases were already covered by an earlier penalty. (所引案件已被此前处罚覆盖)',
];
