/** A merchant's page: profile, why its status, its penalties, points, cases and their activity. */
export const merchants = {
  resources: {
    merchants: {
      name: 'Merchant |||| Merchants',
      fields: {
        id: 'Merchant ID',
        nickname: 'Nickname',
        followerCount: 'Followers',
        categoryId: 'Category',
        status: 'Status',
        violationPoints: 'Violation points',
        openCaseCount: 'Open cases',
        joinedAt: 'Joined',
        q: 'Search',
        followerCount_gte: 'Followers at least',
        followerCount_lte: 'Followers at most',
        openCaseCount_gte: 'Open cases at least',
      },
    },
  },
  td: {
    merchantStatus: { active: 'Active', restricted: 'Restricted', suspended: 'Suspended', banned: 'Banned' },
    merchants: {
      cases: 'Cases',
      activity: 'Case activity',
      no_cases: 'No cases for this merchant.',
      penalties: 'Penalties',
      points_over_time: 'Violation points, last %{smart_count} day |||| Violation points, last %{smart_count} days',
      points: 'Points',
      no_penalties: 'No penalties for this merchant.',
      no_points: 'No counted penalties in the last %{smart_count} day. |||| No counted penalties in the last %{smart_count} days.',
      reason: {
        banned: 'Banned since %{since}',
        suspended: 'Live streams suspended since %{since}',
        suspended_until: 'Live streams suspended until %{until}',
        restricted: 'Listings removed since %{since}',
        restricted_until: 'Listings removed until %{until}',
        pending_ban: 'A permanent ban is awaiting approval',
      },
    },
  },
};
