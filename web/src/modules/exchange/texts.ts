import type { StatusLook } from '../../ui/StatusTag';
import type { ClientStatus, DeliveryStatus, FeedName } from './types';

export const clientStatusLooks: Record<ClientStatus, StatusLook> = {
  active: { label: '启用', color: 'green' },
  revoked: { label: '已吊销', color: 'default' },
};

export const deliveryStatusLooks: Record<DeliveryStatus, StatusLook> = {
  pending: { label: '待重试', color: 'orange' },
  delivered: { label: '已送达', color: 'green' },
  failed: { label: '已放弃', color: 'red' },
};

export const feedLabels: Record<FeedName, string> = {
  institutions: '培训机构',
  classes: '培训班级',
  enrolments: '学员报名',
  hours: '学时台账',
  certificates: '学时证明',
  signals: '诚信异常信号',
  cases: '执法案件',
  sanctions: '公示处罚',
};

export const exchangeTexts = {
  title: '数据接口',
  description: '向省安全生产监管平台提供数据（M4）：按游标增量拉取，或以签名的 Webhook 推送。每个客户端只能看到登记区划内的数据。',
  create: '登记客户端',
  filterStatus: '状态',
  allStatuses: '全部状态',
  empty: '还没有数据接口客户端',
  emptyHint: '登记后会得到一次性显示的接口密钥，交给省平台配置即可。',
  total: (n: number) => `共 ${n} 个`,
  columns: { name: '名称', region: '数据范围', feeds: '数据项', webhook: '推送地址', keys: '有效密钥', status: '状态', createdAt: '登记时间', actions: '操作' },
  noWebhook: '仅拉取',
  actions: { deliveries: '推送记录', rotate: '轮换密钥', revoke: '吊销' },
  form: {
    title: '登记数据接口客户端',
    name: '名称',
    namePlaceholder: '如：广东省安全生产监管平台',
    nameRequired: '请填写名称',
    region: '数据范围（行政区划代码）',
    regionHint: '440000 为全省；也可填地市（如 440100）或区县代码',
    regionRequired: '请填写广东省内的行政区划代码（44 开头的 6 位数字）',
    feeds: '可访问的数据项',
    feedsRequired: '至少选择一项',
    webhook: 'Webhook 推送地址（可选）',
    webhookHint: '填写后，新数据会以 HTTPS POST 推送并带签名；不填则只能拉取',
    webhookInvalid: '请填写以 http:// 或 https:// 开头的地址',
    rateLimit: '每分钟请求上限',
    ok: '登记',
  },
  secret: {
    title: '请立即保存密钥',
    warning: '密钥只显示这一次，平台只保存其散列，无法再次查看。关闭后如遗失，只能轮换密钥。',
    apiKey: '接口密钥（Authorization: Bearer …）',
    webhookSecret: 'Webhook 签名密钥',
    previousUntil: (at: string) => `旧密钥将在 ${at} 失效，请在此之前完成替换。`,
    done: '我已保存',
  },
  rotate: { title: '轮换密钥？', description: '将生成新密钥（只显示一次）；旧密钥在过渡期（60 分钟）后失效。', ok: '轮换' },
  revoke: {
    title: '吊销客户端',
    effect: '吊销后该客户端的所有密钥立即失效，拉取返回 401，推送停止。此操作不可恢复。',
    label: '吊销理由',
    placeholder: '如：省平台已迁移，停用旧接入',
    required: '请填写吊销理由',
    ok: '确认吊销',
    done: '已吊销',
  },
  deliveries: {
    title: (name: string) => `推送记录 · ${name}`,
    empty: '还没有推送',
    emptyHint: '有新数据时，系统每分钟推送一次。',
    columns: { event: '事件', status: '状态', attempts: '尝试次数', createdAt: '产生时间', deliveredAt: '送达时间', next: '下次重试', actions: '操作' },
    resend: '重新推送',
    resendConfirm: '立即向推送地址重新发送这条事件？',
    resent: (ok: boolean, code: number | null) => (ok ? `已送达（HTTP ${code ?? ''}）` : `推送失败${code ? `（HTTP ${code}）` : ''}，已记入推送记录`),
    log: { attempt: '第几次', statusCode: '状态码', duration: '耗时', error: '错误', at: '时间' },
    total: (n: number) => `共 ${n} 条`,
  },
  rotated: '已生成新密钥',
  created: '已登记',
};
