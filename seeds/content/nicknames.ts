/**
 * Word lists for live-stream merchant nicknames, composed per category so that hundreds of
 * merchants get distinct, plausible names (翡翠阿杰, 和田玉小姐姐, 金饰王姐, 水晶哥 …).
 */
import { chance, pick, type Rng } from '../random';

/** What a streamer in each category calls their goods, and where such shops usually are. */
const WORDS: Record<string, { goods: string[]; places: string[] }> = {
  gold_silver: { goods: ['金饰', '黄金', '足金', '银饰', '老银匠', '古法金', '银镯', '金镯', '18K', '铂金'], places: ['水贝', '深圳', '番禺', '广州'] },
  gemstones: { goods: ['彩宝', '钻石', '红宝', '蓝宝', '祖母绿', '碧玺', '莫桑', '宝石'], places: ['深圳', '广州', '番禺'] },
  jade: { goods: ['翡翠', '和田玉', '玉石', '缅甸翡翠', '玉镯', '岫玉', '籽料', '南红', '四会玉'], places: ['四会', '揭阳', '瑞丽', '平洲', '新疆', '云南'] },
  pearls: { goods: ['珍珠', '海水珠', '淡水珍珠', '南洋珠', 'Akoya'], places: ['诸暨', '北海', '山下湖'] },
  crystal: { goods: ['水晶', '黄水晶', '紫水晶', '发晶', '粉晶', '手串'], places: ['东海', '连云港'] },
  jewelry_jade: { goods: ['珠宝', '玉石珠宝', '珠宝源头'], places: ['广州', '深圳', '四会'] },
  womenswear: { goods: ['女装', '连衣裙', '汉服', '真丝', '羊绒', '穿搭'], places: ['杭州', '广州', '虎门', '濮院'] },
  menswear: { goods: ['男装', '潮牌', '西装', '运动'], places: ['石狮', '晋江', '广州'] },
  cosmetics: { goods: ['彩妆', '口红', '美妆', '眼影'], places: ['广州', '义乌', '上海'] },
  skincare: { goods: ['护肤', '面膜', '精华', '抗老'], places: ['广州', '上海'] },
  beauty: { goods: ['美妆', '好物'], places: ['广州', '杭州'] },
  snacks: { goods: ['零食', '坚果', '辣条', '肉干', '糕点'], places: ['长沙', '临安', '重庆'] },
  tea: { goods: ['茶叶', '普洱', '白茶', '岩茶', '龙井'], places: ['云南', '福鼎', '武夷山', '杭州'] },
  food: { goods: ['好吃的', '特产'], places: ['云南', '新疆'] },
  phones: { goods: ['手机', '数码', '二手机', '果粉'], places: ['华强北', '深圳'] },
  digital_accessories: { goods: ['耳机', '充电宝', '数码配件', '键盘'], places: ['华强北', '东莞'] },
};

/** How streamers call themselves; the first ones also read well on their own after a noun (水晶哥). */
const SHORT_PERSONS = ['哥', '姐'];
const PERSONS = [
  '阿杰',
  '小姐姐',
  '王姐',
  '老李',
  '大叔',
  '小美',
  '阿强',
  '小陈',
  '妹妹',
  '阿琳',
  '老张',
  '小七',
  '阿珍',
  '师傅',
  '老板娘',
  '大表姐',
  '小胖',
  '阿明',
  '晓晓',
  '婷婷',
  '阿龙',
  '小雨',
  '老周',
];

const SHOP_SUFFIXES = ['工厂店', '源头', '直播间', '严选', '的店', '优选', '档口', '旗舰'];

/** One candidate nickname; callers retry on duplicates. */
function composeNickname(rng: Rng, categoryCode: string): string {
  const words = WORDS[categoryCode] ?? WORDS.jewelry_jade;
  const goods = pick(rng, words.goods);
  const r = rng();
  if (r < 0.4) return `${goods}${chance(rng, 0.15) ? pick(rng, SHORT_PERSONS) : pick(rng, PERSONS)}`;
  if (r < 0.55) return `${pick(rng, PERSONS)}的${goods}`;
  if (r < 0.8) return `${pick(rng, words.places)}${goods}${chance(rng, 0.5) ? pick(rng, PERSONS) : pick(rng, SHOP_SUFFIXES)}`;
  return `${goods}${pick(rng, SHOP_SUFFIXES)}`;
}

/** Draws until `taken` does not hold the name yet; falls back to a numbered name (主播 often do that). */
export function uniqueNickname(rng: Rng, categoryCode: string, taken: Set<string>): string {
  for (let attempt = 0; attempt < 30; attempt++) {
    const name = composeNickname(rng, categoryCode);
    if (!taken.has(name)) return name;
  }
  for (let n = 2; ; n++) {
    const name = `${composeNickname(rng, categoryCode)}${n}号`;
    if (!taken.has(name)) return name;
  }
}
