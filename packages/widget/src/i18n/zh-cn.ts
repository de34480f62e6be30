/**
 * The Simplified Chinese (zh-CN) message catalogue. Typed as `Messages`, so it
 * must carry exactly the keys of the English catalogue.
 */
import type { Messages } from './en.js';

/**
 * Every user-facing string of the widget, in Simplified Chinese.
 *
 * @example
 * import { zhCN } from './zh-cn.js';
 * zhCN.sentTitle(42); // "感谢反馈！工单编号 #42"
 */
export const zhCN: Messages = {
  launcher: '反馈',
  dialogTitle: '提交反馈',
  kindLegend: '反馈类型',
  kinds: {
    bug: '功能出错',
    question: '使用疑问',
    idea: '改进建议',
  },
  messageLabel: '请描述您遇到的情况',
  messageHint: '您做了什么操作？预期的结果是什么？实际又发生了什么？',
  send: '发送',
  sending: '正在发送…',
  cancel: '取消',
  close: '关闭',
  messageRequired: '请先填写反馈内容，再点击发送。',
  sentTitle: (ticketNumber: number): string => `感谢反馈！工单编号 #${ticketNumber}`,
  sentBody: '我们已收到您的反馈，会尽快跟进处理。如需就此事联系我们，请提供上面的工单编号。',
  errors: {
    validation_failed: '反馈未被受理，请检查填写的内容后重试。',
    invalid_input: '内容过长或格式有误，请修改后重试。',
    payload_too_large: '反馈内容过大，无法发送，请精简后再试。',
    missing_project_key: '反馈功能配置有误，请告知网站管理员。',
    unknown_project_key: '反馈功能配置有误，请告知网站管理员。',
    not_configured: '反馈组件缺少项目密钥或服务器地址，暂时无法使用。',
    project_disabled: '本站的反馈功能目前已关闭。',
    origin_not_allowed: '当前网站无权向该支持服务提交反馈。',
    network_error: '无法连接到支持服务器，请检查网络连接后重试。',
    invalid_response: '支持服务器返回了无法识别的结果，请稍后重试。',
    internal_error: '支持服务器出现故障，请稍后重试。',
    unknown: '出错了，请重试。',
  },
};
