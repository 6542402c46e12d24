/**
 * What the demo's jewelry shops sell (order titles as merchants write them, in Chinese with an
 * English gloss), the certificate prefixes of the agencies at each warehouse, and the notes
 * inspectors leave on the log. Materials are catalogue codes (domain/materials.ts).
 */
export interface ProductSeed {
  zh: string;
  en: string;
  materials: readonly string[];
  /** Declared weight range in grams. */
  grams: readonly [number, number];
  /** CNY: by the gram (metals, plus a making fee) or a price range. */
  price: { perGram: number } | { range: readonly [number, number] };
}

const p = (zh: string, en: string, materials: string[], grams: [number, number], price: ProductSeed['price']): ProductSeed => ({
  zh,
  en,
  materials,
  grams,
  price,
});

const GOLD = { perGram: 790 };
const SILVER = { perGram: 18 };

export const PRODUCTS: Record<string, ProductSeed[]> = {
  gold_silver: [
    p('古法足金手镯', 'ancient-method gold bangle', ['Au999'], [15, 45], GOLD),
    p('足金转运珠', 'gold transfer bead', ['Au999.9', 'Au999'], [0.8, 3], GOLD),
    p('足金吊坠', 'gold pendant', ['Au999'], [2, 8], GOLD),
    p('18K金钻戒', '18K gold diamond ring', ['Au750'], [1.5, 4], { perGram: 620 }),
    p('铂金项链', 'platinum necklace', ['Pt950'], [3, 10], { perGram: 360 }),
    p('古法足银手镯', 'ancient-method silver bangle', ['S999'], [20, 60], SILVER),
    p('925银手链', 'S925 silver bracelet', ['S925'], [5, 20], { perGram: 25 }),
    p('足银茶杯', 'silver teacup', ['S999'], [40, 120], SILVER),
  ],
  jade: [
    p('翡翠手镯', 'jadeite bangle', ['jadeite A'], [40, 80], { range: [1_200, 38_000] }),
    p('翡翠平安扣', 'jadeite peace buckle', ['jadeite A'], [8, 25], { range: [300, 6_800] }),
    p('和田玉籽料挂件', 'Hetian nephrite pendant', ['nephrite'], [10, 40], { range: [500, 12_000] }),
    p('和田玉手串', 'Hetian nephrite bead bracelet', ['nephrite'], [20, 50], { range: [400, 5_000] }),
  ],
  gemstones: [
    p('红宝石戒指', 'ruby ring', ['ruby'], [2, 6], { range: [1_500, 26_000] }),
    p('钻石耳钉', 'diamond stud earrings', ['diamond'], [1, 3], { range: [2_000, 30_000] }),
    p('蓝宝石吊坠', 'sapphire pendant', ['sapphire'], [1.5, 5], { range: [1_200, 18_000] }),
    p('祖母绿戒指', 'emerald ring', ['emerald'], [2, 6], { range: [2_500, 40_000] }),
  ],
  pearls: [
    p('Akoya珍珠项链', 'Akoya pearl necklace', ['akoya pearl'], [20, 45], { range: [1_500, 12_000] }),
    p('淡水珍珠耳环', 'freshwater pearl earrings', ['freshwater pearl'], [2, 8], { range: [80, 900] }),
  ],
  crystal: [
    p('天然水晶手串', 'crystal bead bracelet', ['quartz'], [15, 40], { range: [60, 900] }),
    p('紫水晶晶簇', 'amethyst cluster', ['amethyst'], [200, 2000], { range: [180, 3_000] }),
  ],
};
/** Shops filed under the vertical itself sell gold and silver. */
export const productsFor = (leaf: string): ProductSeed[] => PRODUCTS[leaf] ?? PRODUCTS.gold_silver;

/** Each warehouse's agency numbers its certificates `<prefix>-<yymmdd>-<serial>`. */
export const CERTIFICATE_PREFIX: Record<string, string> = { PY: 'GDJZ', SH: 'GDYQ', SZ: 'NGSZ', DH: 'JSSJ', ZJ: 'ZJZZ' };

/**
 * Each warehouse's usual failure rate during the crackdown (jade and crystal fakes are commoner
 * than short-weight hallmarked metal); the demo's order volume follows from it and the failed
 * inspections.
 */
export const BASE_FAILURE_RATE: Record<string, number> = { PY: 0.08, SH: 0.12, SZ: 0.08, DH: 0.13, ZJ: 0.11 };
export const DEFAULT_FAILURE_RATE = 0.1;

/** Messages inspectors leave for the buyer (public) and for staff (internal), now and then. */
export const PUBLIC_NOTES = {
  verdict: ['鉴定证书随包裹一同寄出 (certificate enclosed)', '已按订单标称核验材质与克重 (material and weight checked against the order)'],
  ship: ['顺丰速运发出 (SF Express)', '京东物流发出 (JD Logistics)', '中国邮政EMS发出 (EMS)'],
  failed: ['商品与订单标称不符，平台将为您办理退款 (not as declared; the platform will refund you)'],
};
export const INTERNAL_NOTES = {
  receive: ['外箱轻微破损，已拍照留存 (outer box slightly dented; photographed)', '商家未附发票 (no invoice in the parcel)'],
  passed: (material: string) => [
    `XRF读数与${material}相符 (XRF reading consistent with ${material})`,
    '印记清晰完整 (hallmark clear and complete)',
    '复称一次，结果一致 (weighed twice, same result)',
  ],
};
