/**
 * Tests of locale choice, the catalogues' completeness and the error messages.
 */
import { equal, assert } from '../testing/assert.js';
import { en, type Messages } from './en.js';
import { errorMessage } from './errors.js';
import { LAUNCHER_LABELS, LOCALES, loadCatalogue, resolveLocale } from './locales.js';
import { withOverrides } from './overrides.js';
import { zhCN } from './zh-cn.js';

/** Every leaf key of a catalogue, as dotted paths. */
function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('resolveLocale', () => {
  const cases: [requested: string | undefined, browser: string | undefined, expected: string][] = [
    ['zh-CN', 'en-US', 'zh-CN'],
    ['zh', 'en-US', 'zh-CN'],
    ['zh-Hans-CN', undefined, 'zh-CN'],
    ['en', 'zh-CN', 'en'],
    [undefined, 'zh-TW', 'zh-CN'],
    [undefined, 'zh', 'zh-CN'],
    [undefined, 'en-GB', 'en'],
    [undefined, 'fr-FR', 'en'],
    ['fr', 'zh-CN', 'zh-CN'],
    ['', 'de', 'en'],
    [undefined, undefined, 'en'],
  ];
  for (const [requested, browser, expected] of cases) {
    it(`locale=${String(requested)}, navigator.language=${String(browser)} → ${expected}`, () => {
      equal(resolveLocale(requested, browser), expected, 'resolved locale');
    });
  }
});

describe('catalogues', () => {
  it('zh-CN has exactly the keys of en, all translated', () => {
    equal(keys(zhCN).join(','), keys(en).join(','), 'keys');
    for (const key of keys(en).filter((k) => k !== 'sentTitle')) {
      const path = key.split('.');
      const value = (m: Messages) => path.reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], m);
      // Functions are compared by what they say, for sample arguments.
      const pick = (m: Messages) => {
        const v = value(m);
        return typeof v === 'function' ? (v as (...args: unknown[]) => string)(2, 3) : v;
      };
      assert(pick(zhCN) !== pick(en), `zh-CN ${key} is translated`);
      assert(/[\u4e00-\u9fff]/.test(String(pick(zhCN))), `zh-CN ${key} is written in Chinese`);
    }
    equal(zhCN.sentTitle(12), '感谢反馈！工单编号 #12', 'zh-CN sent title');
    equal(en.sentTitle(12), 'Thanks — ticket #12', 'en sent title');
  });

  it('lists en and zh-CN, loads each lazily, and the launcher labels match', async () => {
    equal(LOCALES.join(','), 'en,zh-CN', 'locales');
    equal(await loadCatalogue('en'), en, 'en catalogue');
    equal(await loadCatalogue('zh-CN'), zhCN, 'zh-CN catalogue');
    for (const locale of LOCALES) equal(LAUNCHER_LABELS[locale], (await loadCatalogue(locale)).launcher, `${locale} launcher label`);
  });
});

describe('errorMessage', () => {
  it('has a message for each code the server and the client send', () => {
    const codes = ['validation_failed', 'unknown_project_key', 'project_disabled', 'payload_too_large',
      'origin_not_allowed', 'network_error', 'invalid_input', 'invalid_response', 'internal_error'];
    for (const code of codes) {
      assert(errorMessage(en, code) !== en.errors.unknown, `en message for ${code}`);
      assert(errorMessage(zhCN, code) !== zhCN.errors.unknown, `zh-CN message for ${code}`);
    }
  });

  it('falls back to the generic message for unknown codes', () => {
    equal(errorMessage(en, 'teapot'), en.errors.unknown, 'unknown code');
    equal(errorMessage(en, 'constructor'), en.errors.unknown, 'inherited property name');
  });
});

describe('withOverrides', () => {
  it('replaces single strings and strings in groups, and keeps the rest', () => {
    const m = withOverrides(en, { launcher: 'Help', kinds: { idea: 'A wish' }, sentTitle: (n) => `Ticket ${n} filed` });
    equal(m.launcher, 'Help', 'top-level string');
    equal(m.kinds.idea, 'A wish', 'string in a group');
    equal(m.kinds.bug, en.kinds.bug, 'other strings of the group');
    equal(m.sentTitle(3), 'Ticket 3 filed', 'function');
    equal(m.dialogTitle, en.dialogTitle, 'untouched string');
    equal(en.launcher, 'Feedback', 'the catalogue itself is not changed');
  });

  it('ignores unknown keys and values of the wrong type (untyped init calls)', () => {
    const loose = { launcher: 42, nope: 'x', kinds: { bug: 7, idea: 'Wish' }, sentTitle: 'not a function' } as unknown as Parameters<typeof withOverrides>[1];
    const m = withOverrides(en, loose);
    equal(m.launcher, 'Feedback', 'number for a string');
    equal(m.kinds.bug, en.kinds.bug, 'number in a group');
    equal(m.kinds.idea, 'Wish', 'valid string in the same group');
    equal(typeof m.sentTitle, 'function', 'string for a function');
    equal(Object.hasOwn(m, 'nope'), false, 'unknown key');
  });
});
