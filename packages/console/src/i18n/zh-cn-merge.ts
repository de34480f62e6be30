/**
 * Simplified Chinese messages for similar tickets, merging and unmerging,
 * and the ticket's tier. Part of the zh-CN catalogue (`zhCN.merge`).
 */
import type { Messages } from './en.js';

/** Messages about duplicates and merges, in Simplified Chinese. */
export const zhCNMerge: Messages['merge'] = {
  mergedBadge: '已合并',
  alike: (percent: number): string => `相似度 ${percent}%`,
  noSimilar: '没有相似的未完成工单。',
  mergeButton: '合并…',
  mergeLabel: (title: string): string => `与「${title}」合并`,
  dialogTitle: '合并重复工单',
  thisTicket: '此工单',
  otherTicket: '相似工单',
  thisIntoOther: '将此工单合并到另一个工单',
  otherIntoThis: '将另一个工单合并到此工单',
  explain: '报告将移到保留的工单中，另一个工单以“已合并”关闭。用户仍可继续跟进自己的报告。合并可以撤销。',
  confirm: '合并',
  cancel: '取消',
  mergedInto: '此工单已合并到',
  mergedIntoUnknown: '另一个工单',
  unmerge: '撤销合并',
  unmergeHint: '将此工单自己的报告移回，并重新打开此工单。',
  mergedDone: '工单已合并。',
  unmergedDone: '已撤销合并，工单已重新打开。',
  tierHint: '自动分诊会把紧急工单和 SLA 超时的工单升级到第 2 层级；也可以手动升级。',
  thatTicket: '打开该工单',
};
