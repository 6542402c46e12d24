/**
 * react-admin 5 messages the Chinese package (written for v4) lacks, or words differently
 * (v5 titles name the record by its representation rather than `#id`).
 */
export const ra = {
  ra: {
    action: { reset: '重置', search_columns: '搜索列', select_all_button: '全选' },
    page: {
      access_denied: '无权访问',
      authentication_error: '认证错误',
      dashboard: '工作台',
      list: '%{name}',
      edit: '%{name} %{recordRepresentation}',
      show: '%{name} %{recordRepresentation}',
    },
    message: {
      delete_title: '删除%{name} %{recordRepresentation}',
      bulk_update_title: '更新%{name} %{recordRepresentation} |||| 更新 %{smart_count} 项%{name}',
      bulk_update_content: '确定要更新%{name} %{recordRepresentation}吗？ |||| 确定要更新这 %{smart_count} 项吗？',
      access_denied: '您没有访问此页面的权限',
      authentication_error: '认证服务器返回错误，无法验证您的登录状态。',
      select_all_limit_reached: '条目过多，无法全部选中，仅选中了前 %{max} 项。',
      placeholder_data_warning: '网络问题：数据刷新失败。',
    },
    navigation: { clear_filters: '清除筛选条件', no_filtered_results: '没有符合当前筛选条件的%{name}。' },
    auth: { email: '邮箱', user_menu: '账户' },
    notification: { offline: '无网络连接，无法获取数据。' },
    validation: { unique: '必须唯一' },
    guesser: { empty: { title: '无可显示数据', message: '请检查数据提供者' } },
  },
};
