/**
 * Turns what a reporter typed into search terms, the same for every engine.
 * Terms are matched as case-insensitive substrings, and an article matches
 * when it contains any of them; more matched terms rank higher.
 *
 * - Words of alphabetic scripts: lower-cased, common English words dropped,
 *   a light suffix trim (`exported` → `export`) so inflections still match.
 * - Chinese, Japanese and Korean have no spaces between words and most
 *   Chinese words are two characters, so a run of such characters gives its
 *   overlapping two-character pieces (`如何退款` → `如何`, `何退`, `退款`) and,
 *   for runs of 3 to 12 characters, the run itself, which ranks an exact
 *   phrase above scattered pieces.
 */

/** At most this many terms are searched; the first ones win. */
export const MAX_TERMS = 16;

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
const TOKEN = new RegExp(`[${CJK}]+|(?:(?![${CJK}])[\\p{L}\\p{N}\\p{M}])+`, 'gu');
const CJK_RUN = new RegExp(`^[${CJK}]`, 'u');

const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by can could did do does doing for from get got had has have he hello her hi his how i if in into ' +
    'is it its me my no not of on or our please she so thanks that the their them then there these they this those to was we were ' +
    'what when where which who why will with would you your'
  ).split(' '),
);
const CJK_STOP_WORDS = new Set(['我的', '我们', '你们', '怎么', '什么', '如何', '为什', '但是', '已经', '可以', '一个', '这个', '那个', '就是', '还是', '然后', '因为', '所以', '请问', '您好', '你好', '谢谢']);

/** Light English suffix trimming: the result is a prefix of more forms of the word. */
function trimSuffix(word: string): string {
  if (!/^[a-z]+$/.test(word)) return word;
  for (const [suffix, keep] of [['ies', 4], ['ing', 4], ['ed', 4], ['s', 3]] as const) {
    if (word.endsWith(suffix) && !word.endsWith('ss') && word.length - suffix.length >= keep) return word.slice(0, -suffix.length);
  }
  return word;
}

function cjkTerms(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length < 2) return [];
  const pieces: string[] = [];
  if (chars.length >= 3 && chars.length <= 12) pieces.push(run);
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = chars[i]! + chars[i + 1]!;
    if (!CJK_STOP_WORDS.has(pair)) pieces.push(pair);
  }
  return pieces;
}

/** Lower-cased, compatibility-normalised tokens of a query (full-width letters become ASCII). */
export function tokenize(query: string): string[] {
  return query.normalize('NFKC').toLowerCase().match(TOKEN) ?? [];
}

/**
 * The terms to search for. When every word is a stop word (`how to`), the
 * words themselves are searched rather than nothing.
 *
 * @example
 * searchTerms('How do I export invoices?'); // ['export', 'invoice']
 * searchTerms('退款');                       // ['退款']
 */
export function searchTerms(query: string): string[] {
  const tokens = tokenize(query);
  const terms = new Set<string>();
  for (const token of tokens) {
    if (CJK_RUN.test(token)) for (const piece of cjkTerms(token)) terms.add(piece);
    else if (Array.from(token).length >= 2 && !STOP_WORDS.has(token)) terms.add(trimSuffix(token).slice(0, 64));
  }
  if (terms.size === 0) for (const token of tokens) terms.add(token.slice(0, 64));
  return [...terms].slice(0, MAX_TERMS);
}
