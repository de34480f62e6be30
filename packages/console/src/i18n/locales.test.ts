/**
 * Tests of locale choice, switching, the catalogues' completeness and the
 * error messages.
 */
import { ApiError } from '../api/api-error.js';
import { assert, equal } from '../testing/assert.js';
import { en, type Messages } from './en.js';
import { errorText } from './errors.js';
import { currentLocale, onLocaleChange, resolveLocale, setLocale } from './locales.js';
import { zhCN } from './zh-cn.js';

/** Every leaf of a catalogue, as dotted paths with their values. */
function leaves(messages: object, prefix = ''): Array<[string, unknown]> {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' ? leaves(value as object, `${prefix}${key}.`) : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

describe('locales', () => {
  const cases: Array<[string | undefined, string | undefined, string]> = [
    ['zh-CN', 'en-US', 'zh-CN'], ['zh-Hans', undefined, 'zh-CN'], [undefined, 'zh-TW', 'zh-CN'],
    [undefined, 'en-GB', 'en'], [undefined, 'fr-FR', 'en'], ['fr', 'zh', 'zh-CN'], [undefined, undefined, 'en'],
  ];
  for (const [requested, browser, expected] of cases) {
    it(`requested=${String(requested)}, browser=${String(browser)} → ${expected}`, () => {
      equal(resolveLocale(requested, browser), expected, 'locale');
    });
  }

  it('switches, notifies and remembers the choice', () => {
    let calls = 0;
    const off = onLocaleChange(() => calls++);
    setLocale('zh-CN');
    equal(currentLocale(), 'zh-CN', 'after switch');
    equal(localStorage.getItem('aftercare.console.locale'), 'zh-CN', 'stored');
    setLocale(null);
    off();
    equal(calls, 2, 'notifications');
    equal(localStorage.getItem('aftercare.console.locale'), null, 'forgotten');
  });

  it('zh-CN has exactly the keys of en, written in Chinese', () => {
    const english = leaves(en);
    const chinese = leaves(zhCN);
    equal(chinese.map(([k]) => k).join(','), english.map(([k]) => k).join(','), 'keys');
    const sample = (m: Messages, value: unknown) => (typeof value === 'function' ? String((value as (...a: unknown[]) => string)('abc', 3)) : String(value));
    // Strings that are the same in both languages, or only punctuation around values.
    const same = new Set(['sla.heading', 'inbox.columns.sla', 'sla.units.d', 'stats.labelled']);
    for (const [key, value] of chinese) {
      if (same.has(key) || key.startsWith('app.name')) continue;
      const english = en as unknown as Messages;
      assert(/[\u4e00-\u9fff]/.test(sample(english, value)) || key === 'inbox.count', `zh-CN ${key} is written in Chinese`);
    }
  });

  it('has a message for each error code the API sends', () => {
    for (const code of ['network_error', 'invalid_token', 'forbidden', 'ticket_not_found', 'invalid_transition', 'unknown_assignee', 'validation_failed',
      'invalid_merge', 'not_found', 'article_not_found', 'delivery_not_found', 'invalid_webhook_url']) {
      assert(errorText(en, new ApiError(code, 400, '')) !== en.errors.unknown, `en ${code}`);
      assert(errorText(zhCN, new ApiError(code, 400, '')) !== zhCN.errors.unknown, `zh ${code}`);
    }
    equal(errorText(en, new ApiError('constructor', 400, '')), en.errors.unknown, 'inherited name');
    equal(errorText(en, new Error('x')), en.errors.unknown, 'not an API error');
  });
});
