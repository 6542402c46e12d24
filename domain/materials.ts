/**
 * The materials an order declares and an inspection measures (SPEC §4 orders.declaredMaterial,
 * inspections.measuredMaterial), named in both languages. Codes follow the hallmarks the trade
 * stamps (GB 11887 fineness marks such as Au999, Pt950, S925) and the grading terms of the
 * certificates (jadeite A, nephrite…). A code not in this list is refused on input.
 */
export type MaterialFamily = 'gold' | 'platinum' | 'silver' | 'plated' | 'jade' | 'gem' | 'pearl' | 'crystal' | 'imitation';

export interface Material {
  code: string;
  name: string;
  nameZh: string;
  family: MaterialFamily;
  /** Precious metals: parts per thousand of the metal, the fineness the hallmark promises at least. */
  fineness?: number;
}

const metal = (code: string, name: string, nameZh: string, family: MaterialFamily, fineness: number): Material => ({ code, name, nameZh, family, fineness });
const other = (code: string, name: string, nameZh: string, family: MaterialFamily): Material => ({ code, name, nameZh, family });

export const MATERIALS: readonly Material[] = [
  metal('Au999.9', 'Au999.9 gold', '千足金', 'gold', 999.9),
  metal('Au999', 'Au999 gold', '足金', 'gold', 999),
  metal('Au990', 'Au990 gold', '足金990', 'gold', 990),
  metal('Au916', 'Au916 (22K) gold', '22K金', 'gold', 916),
  metal('Au750', 'Au750 (18K) gold', '18K金', 'gold', 750),
  metal('Au585', 'Au585 (14K) gold', '14K金', 'gold', 585),
  metal('Pt999', 'Pt999 platinum', '足铂', 'platinum', 999),
  metal('Pt950', 'Pt950 platinum', '铂950', 'platinum', 950),
  metal('Pt900', 'Pt900 platinum', '铂900', 'platinum', 900),
  metal('S999', 'S999 silver', '足银', 'silver', 999),
  metal('S925', 'S925 silver', '925银', 'silver', 925),
  metal('S800', 'S800 silver', '800银', 'silver', 800),
  other('gold-plated', 'gold-plated copper', '镀金铜', 'plated'),
  other('silver-plated', 'silver-plated alloy', '镀银合金', 'plated'),
  other('jadeite A', 'jadeite, untreated (A)', '翡翠A货', 'jade'),
  other('jadeite B', 'jadeite, bleached and resin-filled (B)', '翡翠B货（漂白注胶）', 'jade'),
  other('jadeite B+C', 'jadeite, resin-filled and dyed (B+C)', '翡翠B+C货（注胶染色）', 'jade'),
  other('nephrite', 'Hetian nephrite', '和田玉', 'jade'),
  other('quartzite', 'quartzite', '石英岩', 'imitation'),
  other('glass', 'glass', '玻璃', 'imitation'),
  other('diamond', 'natural diamond', '天然钻石', 'gem'),
  other('moissanite', 'moissanite', '莫桑石', 'imitation'),
  other('ruby', 'natural ruby', '天然红宝石', 'gem'),
  other('synthetic ruby', 'synthetic ruby', '合成红宝石', 'imitation'),
  other('sapphire', 'natural sapphire', '天然蓝宝石', 'gem'),
  other('emerald', 'natural emerald', '天然祖母绿', 'gem'),
  other('dyed beryl', 'dyed beryl', '染色绿柱石', 'imitation'),
  other('akoya pearl', 'Akoya seawater pearl', 'Akoya海水珍珠', 'pearl'),
  other('freshwater pearl', 'freshwater pearl', '淡水珍珠', 'pearl'),
  other('imitation pearl', 'shell-powder imitation pearl', '贝壳粉仿珍珠', 'imitation'),
  other('quartz', 'natural crystal (quartz)', '天然水晶', 'crystal'),
  other('amethyst', 'natural amethyst', '天然紫水晶', 'crystal'),
  other('dyed quartz', 'dyed quartz', '染色石英', 'imitation'),
];

export const MATERIAL_CODES: readonly string[] = MATERIALS.map((m) => m.code);

const keyOf = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
const BY_CODE = new Map(MATERIALS.map((m) => [m.code, m]));
/** Codes, English and Chinese names: what an inspector may type for a material. */
const BY_KEY = new Map(MATERIALS.flatMap((m) => [m.code, m.name, m.nameZh].map((alias) => [keyOf(alias), m] as const)));

/** The material with this code (or name, in either language); case and spaces do not matter (`au999`, `足金` are Au999). */
export function materialByCode(code: string | null | undefined): Material | undefined {
  if (code == null) return undefined;
  return BY_CODE.get(code) ?? BY_KEY.get(keyOf(code));
}

/** Precious metals are sold by the gram, so their weight tolerance is the tighter one. */
export const isPreciousMetal = (m: Material | undefined): boolean => m?.fineness !== undefined;

/**
 * Whether what was measured is what was declared: the same material, or the same metal at least
 * as fine as the hallmark promises (an Au999.9 piece sold as Au999 shortchanges nobody).
 */
export function meetsDeclared(declared: Material, measured: Material): boolean {
  if (declared.code === measured.code) return true;
  return declared.fineness !== undefined && measured.fineness !== undefined && declared.family === measured.family && measured.fineness >= declared.fineness;
}

/** The material's name for the chosen language; an unknown code is shown as it is. */
export function materialName(code: string, locale: string): string {
  const m = materialByCode(code);
  if (!m) return code;
  return locale.startsWith('zh') ? m.nameZh : m.name;
}
