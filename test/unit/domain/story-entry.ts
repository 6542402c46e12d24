import type { NoticeEntry } from '../../../domain/notices';

/** 3391 "老银"'s ban as a notice lists it; `over` changes what a test is about. */
export const storyEntry = (over: Partial<NoticeEntry> = {}): NoticeEntry => ({
  penaltyId: 1091,
  merchantId: 3391,
  merchantNickname: '老银',
  followerCount: 8_120_000,
  violations: [{ code: 'material_fraud', name: 'Material fraud', nameZh: '材质造假' }],
  penaltyType: 'permanent_ban',
  fineCents: null,
  startsAt: '2026-11-09T18:33:30.923Z',
  endsAt: null,
  ...over,
});
