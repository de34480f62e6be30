/**
 * Simplified Chinese messages of the triage screens: the rules (as JSON),
 * routing, the dry-run and the SLA policy. Part of the zh-CN catalogue
 * (`zhCN.triage`).
 */
import type { Messages } from './en.js';

/** The triage screens, in Simplified Chinese. */
export const zhCNTriage: Messages['triage'] = {
  rulesHeading: '规则',
  rulesDefault: '此项目使用默认规则。',
  rulesCustom: '此项目使用自定义规则。',
  rulesHint: '规则的 JSON 数组，每条为 { id, version, when, actions, onMatch }，按顺序执行。修改规则时请提高其版本号，以便工单显示由哪个版本设定（参见 docs/triage.md）。',
  resetRules: '恢复默认规则',
  resetConfirm: '确定用默认规则替换此项目的规则吗？',
  invalidJson: (detail: string): string => `这不是有效的 JSON：${detail}`,
  notAnArray: '规则必须是 JSON 数组。',
  notAnObject: '策略必须是 JSON 对象。',
  readOnlyHint: '只有项目管理员可以修改。',
  routingHeading: '分配方式',
  routingHint: '新工单如何分配给对应层级中尚有余量（未达工单上限）的客服。',
  routing: { round_robin: '轮流分配：客服依次接单', least_loaded: '负载最少：分配给未完成工单最少的客服' },
  dryRunHeading: '试运行规则',
  dryRunIntro: '粘贴一段消息，查看按当前规则和策略分诊的结果。不会创建任何工单。',
  message: '消息内容', kind: '类型', impact: '影响', pageUrl: '页面地址（可选）',
  run: '运行', running: '正在运行…',
  decision: '分诊结果',
  appliedRules: '生效的规则', noRulesApplied: '没有规则改变结果。',
  explanation: '说明',
  fingerprint: '问题指纹', assigneeGroup: '处理组',
  deadlines: '时限', escalation: '升级', assignee: '将分配给', nobody: '无人',
  wouldJoin: '将并入', wouldRegress: '将作为问题复现重新打开', newTicket: '将创建新工单。',
  stopped: '在此停止', noChange: '无变化',
  change: (field: string, from: string, to: string): string => `${field}：由 ${from} 改为 ${to}`,
  tagsAdded: (tags: string): string => `标签：+${tags}`,
  slaHeading: 'SLA 策略',
  slaVersion: (version: number, all: string): string => `当前生效第 ${version} 版（所有版本：${all}）`,
  calendar: '工作日历', timeZone: '时区', holidays: '节假日', overrides: '特殊日期', none: '无',
  warning: '预警',
  warningPercent: (percent: number): string => `在时限剩余 ${percent}% 时`,
  warningMinutes: (minutes: number): string => `在到期前 ${minutes} 分钟`,
  targetsHeading: '时限目标',
  amount: (amount: number, unit: string): string =>
    `${amount} ${unit === 'business_days' ? '个工作日' : unit === 'hours' ? '小时' : unit === 'minutes' ? '分钟' : `${unit} 单位`}`,
  clocks: { '24x7': '全天候计时', calendar: '按工作时间计时' },
  weekdays: { mon: '周一', tue: '周二', wed: '周三', thu: '周四', fri: '周五', sat: '周六', sun: '周日' },
  closedDay: '休息',
  editAsJson: '以 JSON 编辑',
  slaHint: '不含版本号的策略：{ calendar, targets, warning }。保存后将作为新版本存储，并重新计算所有处理中工单的时限。',
};
