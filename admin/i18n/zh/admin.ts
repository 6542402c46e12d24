import type { admin as en } from '../en/admin';

const timestamps = { version: '版本', createdAt: '创建时间', updatedAt: '更新时间', q: '搜索' };
const named = { id: 'ID', code: '编码', name: '英文名称', nameZh: '中文名称' };

export const admin: typeof en = {
  resources: {
    users: {
      name: '用户',
      fields: {
        id: 'ID',
        email: '邮箱',
        name: '姓名',
        role: '角色',
        warehouseId: '所属质检仓',
        active: '启用',
        lastLoginAt: '最近登录',
        password: '密码',
        ...timestamps,
      },
    },
    categories: { name: '类目', fields: { ...named, parentId: '上级类目', ...timestamps } },
    'violation-types': { name: '违规类型', fields: { ...named, severity: '严重程度', points: '处罚规则中的积分', ...timestamps } },
    warehouses: {
      name: '质检仓',
      fields: { ...named, city: '城市', agency: '检测机构', dailyCapacity: '日处理能力', active: '启用', ...timestamps },
    },
    'audit-log': {
      name: '审计日志',
      fields: {
        id: '条目编号',
        at: '时间',
        actorId: '操作人',
        action: '操作',
        resource: '资源',
        resourceId: '记录',
        changes: '变更',
        ip: 'IP 地址',
        prevHash: '前一哈希',
        hash: '哈希',
        at_gte: '起始时间',
        at_lte: '截止时间',
      },
    },
    sessions: { name: '登录会话', fields: { userId: '用户' } },
  },
  td: {
    auditAction: {
      create: '新建',
      update: '修改',
      delete: '删除',
      login: '登录',
      logout: '退出登录',
      claim: '认领',
      assign: '分配',
      note: '添加备注',
      'transition:confirmed': '确认违规',
      'transition:dismissed': '驳回',
      'transition:open': '重新打开',
      'transition:penalized': '已处罚',
      approve: '批准',
      reject: '驳回',
      revoke: '撤销',
      expire: '到期',
      'update+password': '修改（重设密码）',
      'decide:upheld': '申诉维持原处罚',
      'decide:overturned': '申诉撤销原处罚',
    },
    users: {
      passwordHint: '至少 10 个字符',
      newPassword: '新密码',
      newPasswordHint: '留空则保持原密码不变',
      warehouseRequired: '质检员必须归属一个质检仓',
      deactivateHint: '账号不会被删除：关闭“启用”即可禁止其登录。',
    },
    violationTypes: {
      points_in_policy: '各违规类型的积分在处罚规则中设置，不在此处修改。',
      points_now: '现行处罚规则（第 %{policy} 版）：%{smart_count} 分。',
      open_policy: '查看处罚规则',
    },
    categories: { subcategories: '子类目', no_subcategories: '没有子类目。' },
    warehouses: { inspectors: '质检员' },
    audit: {
      diff: '变更内容',
      field: '字段',
      before: '变更前',
      after: '变更后',
      noChanges: '没有记录字段变更。',
      system: '系统',
      passwordChanged: '已修改',
      statusTo: '状态：%{status}',
    },
  },
};
