/**
 * The rules a project starts with. They run in order; later rules refine
 * earlier ones:
 *
 * 1. The kind sets a baseline: a bug is a normal defect, a question (without
 *    an error) a normal inquiry, an idea a low-severity idea.
 * 2. Evidence refines it: an uncaught error makes it a defect; a failed 5xx
 *    request is tagged; setup and usability words set those categories; a
 *    bug the reporter calls minor drops to low.
 * 3. Pressure raises it: "blocks me", or words like crash, data loss, cannot
 *    log in, payment (and 崩溃, 数据丢失, 无法登录, 支付) make it at least high.
 * 4. "Blocks me" with an uncaught error is urgent, and stops the run.
 *
 * Ideas are left out of the raising rules: "payment page could be nicer" is
 * not an emergency.
 */
import type { Condition, Rule } from './types.js';

/** Words that make a report at least high severity, in English and Chinese. */
export const CRITICAL_WORDS: readonly string[] = Object.freeze([
  'crash*',
  'data loss',
  'lost data',
  'lost my data',
  'lost all my',
  'cannot log in',
  "can't log in",
  'cannot login',
  "can't login",
  'unable to log in',
  'unable to login',
  'cannot sign in',
  "can't sign in",
  'unable to sign in',
  'locked out',
  'payment*',
  'charged twice',
  'double charged',
  '崩溃',
  '闪退',
  '数据丢失',
  '丢失数据',
  '数据没了',
  '无法登录',
  '无法登陆',
  '不能登录',
  '登录不了',
  '登不上',
  '支付',
  '付款',
  '扣款',
  '重复扣费',
]);

/** Words that point to installation or configuration questions. */
export const SETUP_WORDS: readonly string[] = Object.freeze([
  'install*',
  'configur*',
  'setup',
  'set up',
  'api key',
  'integrat*',
  'deploy*',
  'sso',
  '安装',
  '配置',
  '集成',
  '部署',
  '接入',
]);

/** Words that point to usability problems rather than defects. */
export const USABILITY_WORDS: readonly string[] = Object.freeze([
  'confusing',
  'hard to find',
  "can't find",
  'cannot find',
  'unclear',
  'not intuitive',
  'hard to use',
  'difficult to use',
  '找不到',
  '不好用',
  '难用',
  '看不懂',
  '不直观',
]);

const notIdea: Condition = { type: 'not', condition: { type: 'kind_in', kinds: ['idea'] } };
const noError: Condition = { type: 'not', condition: { type: 'has_uncaught_error' } };

/** The default rules, in evaluation order. */
export const DEFAULT_RULES: readonly Rule[] = Object.freeze([
  {
    id: 'kind-bug',
    version: 1,
    description: 'A bug report is a normal-severity defect.',
    when: { type: 'kind_in', kinds: ['bug'] },
    actions: [
      { type: 'set_category', category: 'defect' },
      { type: 'set_severity', severity: 'normal' },
    ],
    onMatch: 'continue',
  },
  {
    id: 'kind-question',
    version: 1,
    description: 'A question without an error is a normal-severity inquiry.',
    when: { type: 'all', conditions: [{ type: 'kind_in', kinds: ['question'] }, noError] },
    actions: [
      { type: 'set_category', category: 'inquiry' },
      { type: 'set_severity', severity: 'normal' },
    ],
    onMatch: 'continue',
  },
  {
    id: 'kind-idea',
    version: 1,
    description: 'An idea is a low-severity idea.',
    when: { type: 'kind_in', kinds: ['idea'] },
    actions: [
      { type: 'set_category', category: 'idea' },
      { type: 'set_severity', severity: 'low' },
    ],
    onMatch: 'continue',
  },
  {
    id: 'uncaught-error',
    version: 1,
    description: 'An uncaught error makes a report a defect.',
    when: { type: 'all', conditions: [{ type: 'has_uncaught_error' }, notIdea] },
    actions: [
      { type: 'set_category', category: 'defect' },
      { type: 'add_tags', tags: ['uncaught-error'] },
    ],
    onMatch: 'continue',
  },
  {
    id: 'server-error',
    version: 1,
    description: 'A request failed with a 5xx status.',
    when: { type: 'all', conditions: [{ type: 'has_failed_request' }, notIdea] },
    actions: [{ type: 'add_tags', tags: ['server-error'] }],
    onMatch: 'continue',
  },
  {
    id: 'setup-words',
    version: 1,
    description: 'Questions about installing or configuring are setup.',
    when: {
      type: 'all',
      conditions: [
        { type: 'kind_in', kinds: ['question', 'other'] },
        noError,
        { type: 'message_contains_any', words: [...SETUP_WORDS] },
      ],
    },
    actions: [{ type: 'set_category', category: 'setup' }],
    onMatch: 'continue',
  },
  {
    id: 'usability-words',
    version: 1,
    description: 'Hard-to-use or hard-to-find without an error is usability.',
    when: {
      type: 'all',
      conditions: [
        { type: 'kind_in', kinds: ['bug', 'question', 'other'] },
        noError,
        { type: 'message_contains_any', words: [...USABILITY_WORDS] },
      ],
    },
    actions: [{ type: 'set_category', category: 'usability' }],
    onMatch: 'continue',
  },
  {
    id: 'minor-bug',
    version: 1,
    description: 'A bug the reporter calls minor, without an error, is low severity.',
    when: {
      type: 'all',
      conditions: [{ type: 'kind_in', kinds: ['bug'] }, { type: 'impact_in', impacts: ['minor'] }, noError],
    },
    actions: [{ type: 'set_severity', severity: 'low' }],
    onMatch: 'continue',
  },
  {
    id: 'blocks-me',
    version: 1,
    description: 'A reporter who is blocked gets at least high severity.',
    when: { type: 'all', conditions: [{ type: 'impact_in', impacts: ['blocks_me'] }, notIdea] },
    actions: [
      { type: 'raise_severity', severity: 'high' },
      { type: 'add_tags', tags: ['blocking'] },
    ],
    onMatch: 'continue',
  },
  {
    id: 'critical-words',
    version: 1,
    description: 'Crashes, data loss, login and payment problems get at least high severity.',
    when: { type: 'all', conditions: [notIdea, { type: 'message_contains_any', words: [...CRITICAL_WORDS] }] },
    actions: [
      { type: 'raise_severity', severity: 'high' },
      { type: 'add_tags', tags: ['critical-words'] },
    ],
    onMatch: 'continue',
  },
  {
    id: 'blocker-with-error',
    version: 1,
    description: 'Blocked by an uncaught error: urgent.',
    when: {
      type: 'all',
      conditions: [{ type: 'impact_in', impacts: ['blocks_me'] }, { type: 'has_uncaught_error' }],
    },
    actions: [
      { type: 'set_severity', severity: 'urgent' },
      { type: 'add_tags', tags: ['blocker'] },
    ],
    onMatch: 'stop',
  },
] satisfies Rule[]);
