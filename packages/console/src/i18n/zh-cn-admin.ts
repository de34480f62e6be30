/**
 * Simplified Chinese messages of the administration screens: agents, API
 * tokens, project settings, members and the audit log. Part of the zh-CN
 * catalogue (`zhCN.admin`).
 */
import type { Messages } from './en.js';

/** The administration screens, in Simplified Chinese. */
export const zhCNAdmin: Messages['admin'] = {
  title: '管理',
  sectionsLabel: '管理页面',
  sections: {
    agents: '客服账号', tokens: 'API 令牌', project: '项目设置', members: '项目成员',
    triage: '分诊规则', sla: 'SLA 策略', audit: '审计日志', webhooks: '事件推送（Webhook）',
  },
  notAllowed: '您的角色无权访问此页面。',
  projectScope: (project: string): string => `项目：${project}`,
  save: '保存', saving: '正在保存…', saved: '已保存。', cancel: '取消', noChanges: '没有任何修改。',
  roles: { admin: '管理员', agent: '客服', viewer: '只读成员' },
  name: '姓名', email: '电子邮箱', role: '角色', tier: '支持层级', capacity: '工单上限', state: '状态', created: '创建时间', actions: '操作',
  you: '（我）',
  agentsIntro: '所有可以登录此实例的人员。实例管理员可在所有项目中操作；其他客服只能在其所属项目中操作。',
  createAgent: '添加客服', create: '创建', active: '正常', disabled: '已停用', disable: '停用', enable: '启用',
  capacityHint: '自动分配给该客服的未完成工单最多为此数量。',
  agentCreated: (name: string): string => `已添加 ${name}。请在“API 令牌”中为其创建令牌。`,
  tokensIntro: 'API 令牌用于登录此控制台和调用客服 API。服务器只保存令牌的哈希值。',
  tokenOwner: '令牌所属客服',
  tokenName: '新令牌的名称', tokenNamePlaceholder: '例如：办公电脑', createToken: '创建令牌',
  newTokenHeading: '新令牌',
  newTokenWarning: '请立即复制：令牌只显示这一次，之后无法找回。持有令牌的人可以以该客服身份操作，请妥善保管。',
  copy: '复制', copied: '已复制到剪贴板。', copyFailed: '复制失败：请选中令牌后手动复制。',
  dismissToken: '我已复制',
  revoke: '吊销', revoked: '已吊销',
  revokeConfirm: (name: string): string => `确定吊销令牌「${name}」吗？使用该令牌登录的一切将立即失效。`,
  noTokens: '还没有令牌。',
  publicKey: '项目公钥', publicKeyHint: '填入组件的 script 标签中，只能用于提交报告。',
  allowedOrigins: '允许的来源',
  allowedOriginsHint: '每行一个，例如 https://app.example.com。留空表示允许任何来源（仅用于开发）。',
  timeZone: '时区', timeZoneHint: 'IANA 时区名称，例如 Asia/Shanghai 或 Europe/Berlin。',
  disabledLabel: '停用：项目不再接收新报告',
  autoCloseDays: '已解决工单自动关闭（天）',
  autoCloseHint: '已解决且用户未回复的工单在此天数后自动关闭（1–365）。',
  membersIntro: '在此项目中工作的人员及其角色：只读成员可查看，客服可处理工单，管理员还可修改项目设置。',
  addMember: '添加成员', agentLabel: '客服', agentIdLabel: '客服 ID', agentIdHint: '可向实例管理员询问该客服的 ID。',
  add: '添加', remove: '移除', removeConfirm: (name: string): string => `确定将 ${name} 移出此项目吗？`,
  noOneToAdd: '所有客服都已是成员。',
  auditIntro: '此项目中的所有修改记录，最新的在前。',
  when: '时间', who: '操作人', action: '操作', target: '对象', change: '变更内容', noAudit: '还没有记录。',
  before: '修改前', after: '修改后', more: '显示更多',
  fieldIssue: (path: string, message: string): string => (path ? `字段 ${path}：${message}` : `错误：${message}`),
  serverRejected: '服务器未接受此内容：',
};
