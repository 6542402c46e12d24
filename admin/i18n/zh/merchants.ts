import type { merchants as en } from '../en/merchants';

export const merchants: typeof en = {
  resources: {
    merchants: {
      name: '商家',
      fields: {
        id: '商家 ID',
        nickname: '昵称',
        followerCount: '粉丝数',
        categoryId: '类目',
        status: '状态',
        violationPoints: '违规积分',
        openCaseCount: '未结案件',
        joinedAt: '入驻时间',
        q: '搜索',
        followerCount_gte: '粉丝数不少于',
        followerCount_lte: '粉丝数不多于',
        openCaseCount_gte: '未结案件不少于',
      },
    },
  },
  td: {
    merchantStatus: { active: '正常', restricted: '受限', suspended: '暂停', banned: '封禁' },
    merchants: {
      cases: '案件',
      activity: '案件动态',
      no_cases: '该商家暂无案件。',
      penalties: '处罚记录',
      points_over_time: '近 %{smart_count} 天违规积分',
      points: '积分',
      no_penalties: '该商家暂无处罚。',
      no_points: '近 %{smart_count} 天无计入积分的处罚。',
      reason: {
        banned: '自 %{since} 起永久封禁',
        suspended: '自 %{since} 起暂停直播',
        suspended_until: '暂停直播至 %{until}',
        restricted: '自 %{since} 起商品下架',
        restricted_until: '商品下架至 %{until}',
        pending_ban: '一项永久封禁正在等待审批',
      },
    },
  },
};
