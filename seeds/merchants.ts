/**
 * Demo merchants: live-stream shops with platform ids, Chinese nicknames, log-distributed
 * follower counts and mostly leaf categories (jewelry & jade heavy, as the policy is about it).
 */
import { addHours } from '../server/db/time';
import { uniqueNickname } from './content/nicknames';
import { chance, int, normal, uniform, weighted, type Rng } from './random';

/** The seed-story merchant (SPEC intro): the platform's biggest silver streamer, later banned. */
export const STORY_MERCHANT = { id: 3391, nickname: '老银', followerCount: 8_120_000, categoryCode: 'gold_silver', joinedYearsAgo: 5.2 };

/** Share of merchants per category code (~60% jewelry & jade; a few only filed under the vertical). */
const CATEGORY_WEIGHTS = {
  gold_silver: 18,
  jade: 18,
  gemstones: 8,
  pearls: 7,
  crystal: 7,
  jewelry_jade: 2,
  womenswear: 6,
  menswear: 4,
  cosmetics: 5,
  skincare: 5,
  snacks: 5,
  tea: 5,
  phones: 4,
  digital_accessories: 4,
  beauty: 1,
  food: 1,
} as const;

export type MerchantStatus = 'active' | 'restricted' | 'suspended' | 'banned';

export interface MerchantRow {
  id: number;
  nickname: string;
  follower_count: number;
  category_id: number;
  status: MerchantStatus;
  violation_points: number;
  open_case_count: number;
  joined_at: string;
  updated_at: string;
  /** When the clock next changes the derived status or points (server/merchants/service.ts). */
  derived_until?: string | null;
}

/** Followers: log-normal around ~20k (most between 1k and 200k), with a long tail of millions. */
function followerCount(rng: Rng): number {
  const log10 = Math.min(6.9, Math.max(2.8, 4.3 + 0.65 * normal(rng)));
  const n = Math.round(10 ** log10);
  // Counts are shown rounded on the platform once large.
  return n >= 100_000 ? Math.round(n / 1000) * 1000 : n;
}

export function buildMerchants(rng: Rng, count: number, now: Date, categoryIds: Map<string, number>): MerchantRow[] {
  const nowIso = now.toISOString();
  const idOf = (code: string) => {
    const id = categoryIds.get(code);
    if (id === undefined) throw new Error(`seedDemo: category ${code} is missing (run seedReference first)`);
    return id;
  };
  const story: MerchantRow = {
    id: STORY_MERCHANT.id,
    nickname: STORY_MERCHANT.nickname,
    follower_count: STORY_MERCHANT.followerCount,
    category_id: idOf(STORY_MERCHANT.categoryCode),
    status: 'active',
    violation_points: 0,
    open_case_count: 0,
    joined_at: addHours(now, -STORY_MERCHANT.joinedYearsAgo * 365 * 24),
    updated_at: nowIso,
  };
  const rows = [story];
  const ids = new Set([story.id]);
  const nicknames = new Set([story.nickname]);
  while (rows.length < count) {
    // Older shops got low ids; the platform's ids run to six digits.
    const id = chance(rng, 0.15) ? int(rng, 1000, 9999) : int(rng, 10_000, 999_999);
    if (ids.has(id)) continue;
    ids.add(id);
    const categoryCode = weighted(rng, CATEGORY_WEIGHTS);
    const nickname = uniqueNickname(rng, categoryCode, nicknames);
    nicknames.add(nickname);
    rows.push({
      id,
      nickname,
      follower_count: followerCount(rng),
      category_id: idOf(categoryCode),
      status: 'active',
      violation_points: 0,
      open_case_count: 0,
      joined_at: addHours(now, -uniform(rng, 365, 6 * 365) * 24),
      updated_at: nowIso,
    });
  }
  return rows;
}
