/**
 * Bilingual text for demo cases: what was found (per violation type and category), how each
 * source phrases it, and the resolutions and internal notes reviewers write. English first, the
 * Chinese the buyer or inspector actually wrote in brackets, as staff paste it into cases.
 */
import { materialByCode } from '../../domain/materials';
import { chance, int, pick, type Rng } from '../random';

/** What the inspection behind a failed-inspection case measured (seeds/inspections.ts builds it from this). */
export interface Measured {
  /** Material codes of domain/materials.ts. */
  declared: string;
  measured: string;
  item: string;
  itemZh: string;
  /** Weights, for a weight mismatch (2 decimals). */
  declaredGrams?: number;
  measuredGrams?: number;
}

export interface Finding {
  en: string;
  zh: string /** A line for the evidence list (measurements, statements). */;
  detail: string;
  measured?: Measured;
}

interface Material {
  /** Catalogue codes, declared and measured. */
  codes: [string, string];
  declared: string;
  measured: string;
  declaredZh: string;
  measuredZh: string;
  item: string;
  itemZh: string;
}
/** A pair of catalogue materials, worded: metals go by their hallmark, the rest by name. */
function m(declared: string, measured: string, item: string, itemZh: string): Material {
  const [d, x] = [materialByCode(declared)!, materialByCode(measured)!];
  const word = (c: typeof d) => (c.fineness ? c.code : c.name);
  return { codes: [d.code, x.code], declared: word(d), measured: word(x), declaredZh: d.nameZh, measuredZh: x.nameZh, item, itemZh };
}
const measuredOf = (x: Material, codes: [string, string]): Measured => ({ declared: codes[0], measured: codes[1], item: x.item, itemZh: x.itemZh });

/** Declared vs. measured materials (catalogue codes) that inspections and buyers' tests actually find, per jewelry leaf. */
const PAIRS: Record<string, [string, string, string, string][]> = {
  gold_silver: [
    ['Au999', 'Au750', 'bangle', '手镯'],
    ['Au999', 'gold-plated', 'pendant', '吊坠'],
    ['Au999.9', 'Au990', 'transfer bead', '转运珠'],
    ['S925', 'silver-plated', 'bracelet', '手链'],
    ['Pt950', 'Au750', 'ring', '戒指'],
  ],
  jade: [
    ['jadeite A', 'jadeite B+C', 'bangle', '手镯'],
    ['nephrite', 'quartzite', 'pendant', '挂件'],
    ['jadeite A', 'glass', 'bead bracelet', '手串'],
  ],
  gemstones: [
    ['ruby', 'synthetic ruby', 'ring', '戒指'],
    ['diamond', 'moissanite', 'earrings', '耳钉'],
    ['emerald', 'dyed beryl', 'pendant', '吊坠'],
  ],
  pearls: [
    ['akoya pearl', 'freshwater pearl', 'necklace', '项链'],
    ['freshwater pearl', 'imitation pearl', 'earrings', '耳饰'],
  ],
  crystal: [
    ['quartz', 'glass', 'bead bracelet', '手串'],
    ['amethyst', 'dyed quartz', 'cluster', '晶簇'],
  ],
};
const MATERIALS: Record<string, Material[]> = Object.fromEntries(Object.entries(PAIRS).map(([leaf, pairs]) => [leaf, pairs.map((p) => m(...p))]));
const ALL_MATERIALS = Object.values(MATERIALS).flat();
const materialsFor = (leaf: string): Material[] => MATERIALS[leaf] ?? ALL_MATERIALS;

const grams = (g: number) => g.toFixed(2);

type FindingMaker = (rng: Rng, leaf: string) => Finding;
const f = (en: string, zh: string, detail = zh): Finding => ({ en, zh, detail });

const DESCRIPTION_MISMATCH: Record<string, Finding[]> = {
  gold_silver: [f("'solid' gold bangle is hollow inside", '宣传实心金镯，收到为空心')],
  jade: [f('stream showed an icy translucent bangle; buyer received a cloudy one with cracks', '直播展示冰种手镯，收到货为糯种且有裂纹')],
  gemstones: [f("'1 ct' stone measures 0.62 ct", '宣称1克拉，实测0.62克拉')],
  pearls: [f('advertised 9–10 mm round pearls; received 7 mm off-round ones', '宣传9-10毫米正圆珍珠，收到7毫米且不圆')],
  crystal: [f("'clean' quartz bracelet arrived full of inclusions", '宣传净体水晶，收到货棉絮杂质多')],
  electronics: [
    f("'256 GB' phone has 128 GB of storage", '宣传256G手机，实际为128G'),
    f("'brand-new' earphones arrive with scratches and used battery", '宣称全新耳机，收到有划痕且电池已循环'),
  ],
  apparel: [
    f("'cashmere' sweater is acrylic blend", '宣称羊绒衫，实为腈纶混纺'),
    f('colour and cut differ from the live-stream sample', '颜色版型与直播样衣不符'),
  ],
};

const COUNTERFEIT_JEWELRY: FindingMaker[] = [
  (rng, leaf) => {
    const x = pick(rng, materialsFor(leaf));
    return f(`${x.item} sold with a counterfeit grading certificate; number not on record`, `${x.itemZh}附假冒鉴定证书，证书编号查无记录`);
  },
  (rng, leaf) => {
    const x = pick(rng, materialsFor(leaf));
    return f(`counterfeit brand-stamped ${x.item}, not made by the brand`, `假冒品牌${x.itemZh}，非品牌方出品`);
  },
];
const COUNTERFEIT_OTHER: Record<string, Finding[]> = {
  apparel: [f('counterfeit designer-logo handbag', '售卖假冒大牌手袋'), f('counterfeit sports shoes with copied trademark', '假冒运动品牌球鞋')],
  beauty: [
    f("counterfeit 'imported' lipstick; batch code not on the brand's record", '假冒进口口红，批号品牌方查无'),
    f('counterfeit serum repackaged in brand bottles', '假冒精华，灌装于品牌空瓶'),
  ],
  electronics: [
    f("counterfeit 'original' earphones", '假冒原装耳机'),
    f('counterfeit brand power bank with fake certification mark', '假冒品牌充电宝，3C标识伪造'),
  ],
};

const FALSE_ADVERTISING: Record<string, Finding[]> = {
  apparel: [f("'100% mulberry silk' dress is polyester", '宣称100%桑蚕丝，实为涤纶')],
  beauty: [
    f("host claimed the cream 'cures eczema in 3 days'", '主播宣称面霜“三天治愈湿疹”，虚假宣传'),
    f("'medical-grade' whitening claim without any filing", '宣称“医用级美白”，无备案'),
  ],
  food: [f("'sugar-free' snack lists maltose", '宣称无糖，配料含麦芽糖'), f("tea sold as 'cures high blood pressure'", '宣称茶叶“降血压”，虚假宣传')],
  electronics: [f('charger advertised as 100 W, tested at 35 W', '宣称100W快充，实测35W')],
  jewelry: [f("host claimed the bracelet 'absorbs radiation and cures insomnia'", '主播宣称手串“防辐射、治失眠”')],
};

const EXPIRED_FOOD = [
  f('buyer received tea cakes past their best-before date', '收到茶饼已过保质期'),
  f('nut gift box expired two months before delivery', '坚果礼盒到货时已过期两个月'),
  f('relabelled production date on snack packs', '零食包装生产日期被重新贴标'),
];

const PROHIBITED: Record<string, Finding[]> = {
  beauty: [f('listing sells prescription-only whitening injections', '售卖处方类美白针剂（违禁品）')],
  food: [f("'slimming tea' contains sibutramine", '“减肥茶”检出西布曲明（违禁成分）')],
  electronics: [
    f('high-power laser pointer (> 5 mW) offered in stream', '直播售卖大功率激光笔（违禁品）'),
    f('mobile signal jammer listed as a phone accessory', '以手机配件名义售卖信号屏蔽器'),
  ],
  other: [f('ivory-like carving offered as mammoth ivory without papers', '售卖疑似象牙制品，无合法来源证明')],
};

const PRICE_FRAUD = [
  f("fictitious 'was ¥1,999' strike-through price", '虚构原价¥1999'),
  f("price raised the day before a 'flash sale'", '先涨价后打折'),
  f('coupon promised in stream not honoured at checkout', '直播承诺的优惠券结算时不可用'),
];
const LISTING_IRREGULAR = [
  f('listing has no production licence number', '商品信息缺少生产许可证编号'),
  f('size and material fields left empty', '商品尺寸、材质信息未填写'),
  f('gold price per gram not shown on listing', '未标注金价及克重计价方式'),
];
const MISLABELING = [
  f("tag says 'S925' but the piece has no hallmark stamp", '吊牌标S925，实物无印记'),
  f('certificate number does not match the item', '证书编号与实物不符'),
  f('label shows no fineness or manufacturer', '标签未标注成色与生产厂家'),
  f("treated stone labelled 'natural'", '优化处理宝石未标注“处理”'),
];

/** What was found, for a violation type in a category (`leaf` is the leaf code, `vertical` its root). */
export function findingFor(rng: Rng, violation: string, leaf: string, vertical: string): Finding {
  switch (violation) {
    case 'material_fraud': {
      const x = pick(rng, materialsFor(leaf));
      // Some buyers and inspectors call it what it is: passing off (以假冒真).
      const zh = chance(rng, 0.3) ? `以${x.measuredZh}假冒${x.declaredZh}${x.itemZh}` : `${x.itemZh}标称${x.declaredZh}，实测为${x.measuredZh}`;
      return {
        en: `'${x.declared}' ${x.item} tested as ${x.measured}`,
        zh,
        detail: `Declared ${x.declared}; XRF / spectroscopy reading: ${x.measured}`,
        measured: measuredOf(x, x.codes),
      };
    }
    case 'weight_mismatch': {
      const x = pick(rng, materialsFor(leaf));
      const declared = int(rng, 300, 4000) / 100;
      // At least 5% short: beyond any weight tolerance (domain/inspections.ts), so the inspection proposes exactly this.
      const measured = Math.round(declared * (0.8 + rng() * 0.15) * 100) / 100;
      return {
        en: `'${grams(declared)} g' ${x.item} weighed ${grams(measured)} g`,
        zh: `${x.itemZh}标称${grams(declared)}克，实测${grams(measured)}克`,
        detail: `Declared weight ${grams(declared)} g; measured ${grams(measured)} g (−${(100 * (1 - measured / declared)).toFixed(1)}%)`,
        measured: { ...measuredOf(x, [x.codes[0], x.codes[0]]), declaredGrams: declared, measuredGrams: measured },
      };
    }
    case 'counterfeit':
      return vertical === 'jewelry_jade' ? pick(rng, COUNTERFEIT_JEWELRY)(rng, leaf) : pick(rng, COUNTERFEIT_OTHER[vertical] ?? COUNTERFEIT_OTHER.apparel);
    case 'description_mismatch':
      return pick(rng, DESCRIPTION_MISMATCH[leaf] ?? DESCRIPTION_MISMATCH[vertical] ?? DESCRIPTION_MISMATCH.jade);
    case 'mislabeling':
      return pick(rng, MISLABELING);
    case 'false_advertising':
      return pick(rng, FALSE_ADVERTISING[vertical] ?? FALSE_ADVERTISING.jewelry);
    case 'expired_food':
      return pick(rng, EXPIRED_FOOD);
    case 'prohibited_item':
      return pick(rng, PROHIBITED[vertical] ?? PROHIBITED.other);
    case 'price_fraud':
      return pick(rng, PRICE_FRAUD);
    default:
      return pick(rng, LISTING_IRREGULAR);
  }
}

export interface SourcePrefix {
  en: string;
  zh: string;
}
export function sourcePrefix(source: string, warehouse?: { name: string; nameZh: string }): SourcePrefix {
  switch (source) {
    case 'inspection':
      return { en: `Inspection failed at ${warehouse?.name ?? 'the warehouse'}: `, zh: `${warehouse?.nameZh ?? '质检仓'}质检未通过：` };
    case 'complaint':
      return { en: 'Buyer complaint: ', zh: '买家投诉：' };
    case 'patrol':
      return { en: 'Live-stream patrol: ', zh: '直播巡查：' };
    default:
      return { en: 'User report: ', zh: '用户举报：' };
  }
}

const CONFIRM_AFTER_INSPECTION = [
  'Confirmed: inspection report and certificate photos support the finding. (质检报告属实)',
  'Confirmed: re-test at the inspection warehouse gave the same result. (复检结果一致，核实属实)',
];
const CONFIRM_GENERIC = [
  'Confirmed: live-stream replay and evidence support the complaint. (直播回放与证据核实属实)',
  'Confirmed: merchant could not provide purchase invoices or certificates. (商家无法提供进货凭证，核实属实)',
  'Confirmed: same pattern as earlier complaints about this merchant. (与该商家既往投诉一致，核实属实)',
];
export const DISMISS_GENERIC = [
  'Dismissed: duplicate of an earlier case. (驳回：重复投诉)',
  'Dismissed: insufficient evidence. (驳回：证据不足)',
  'Dismissed: listing was corrected before the report; no order affected. (驳回：商品信息已更正，未影响订单)',
];
/** Only measured findings can be "within tolerance" or a faulty home test. */
const DISMISS_MEASURED = [
  "Dismissed: the buyer's home test is not reliable; re-test passed. (驳回：买家自测不可靠，复检合格)",
  'Dismissed: difference within the permitted tolerance. (驳回：误差在允许范围内)',
  'Dismissed: re-inspection passed; the first reading was a calibration error. (驳回：复检合格，首次检测仪器校准有误)',
];

export function resolutionFor(rng: Rng, outcome: 'confirmed' | 'dismissed', violation: string, source: string): string {
  if (outcome === 'confirmed') return pick(rng, source === 'inspection' ? CONFIRM_AFTER_INSPECTION : CONFIRM_GENERIC);
  const measured = violation === 'material_fraud' || violation === 'weight_mismatch';
  if (source === 'inspection') return pick(rng, DISMISS_MEASURED.slice(1));
  return pick(rng, measured && chance(rng, 0.6) ? DISMISS_MEASURED.slice(0, 2) : DISMISS_GENERIC);
}
export const INTERNAL_NOTES = [
  'Requested the live-stream replay from the content team. (已申请调取直播回放)',
  'Merchant contacted; awaiting purchase invoices. (已联系商家，等待进货凭证)',
  'Asked the warehouse for a second XRF reading. (已请质检仓复测)',
  'Merchant has other open cases; reviewing them together. (该商家有其他未结案件，合并审查)',
  'Buyer sent additional photos. (买家补充了照片)',
  'High-follower merchant: flagged to a manager. (头部主播，已上报主管)',
];
/** A violation confirmed after the shop was banned: nothing left to penalize. */
export const BANNED_CLOSE = 'Dismissed without a separate penalty: the shop has since been permanently banned. (店铺已被永久封禁，不再单独处罚)';
export const REOPEN_NOTE = 'Reopened: buyer sent a third-party test report. (买家补充第三方检测报告，重新立案)';
/** Evidence a reviewer adds while working a case (the demo's case edits). */
export const FOLLOW_UP_EVIDENCE = [
  'Merchant replied with a supplier invoice; its batch number does not match the listing. (商家提供进货发票，批次号与商品不符)',
  'Snapshot of the listing saved before the merchant edited it. (已保存商家修改前的商品页面快照)',
  'Replay excerpt: the host repeats the claim later in the same stream. (直播回放片段：主播在同场直播中再次宣称)',
  "The merchant's other listings make the same claim. (该商家其他商品存在同样宣称)",
];
