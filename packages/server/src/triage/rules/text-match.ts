/**
 * Keyword matching for rules, in English and Chinese alike. Text and words
 * are compared case-insensitively after Unicode compatibility folding
 * (full-width letters match ASCII). Words in scripts written without spaces
 * (Chinese, Japanese, Korean) match anywhere in the text; other words match
 * whole words only, so `log in` does not match `blog install`. A trailing `*`
 * makes a word match as a prefix: `crash*` matches crash, crashes, crashed.
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** A keyword prepared for matching. */
export interface CompiledWord {
  /** The word as written in the rule. */
  source: string;
  text: string;
  prefix: boolean;
  anywhere: boolean;
}

/** Folds text for matching: NFKC, lowercase, straight apostrophes, single spaces. */
export function foldForMatching(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Prepares a keyword; null for a blank one. */
export function compileWord(word: string): CompiledWord | null {
  let text = foldForMatching(word);
  const prefix = text.endsWith('*');
  if (prefix) text = text.slice(0, -1).trimEnd();
  if (text === '') return null;
  return { source: word, text, prefix, anywhere: CJK.test(text) };
}

function isBoundary(char: string | undefined): boolean {
  return char === undefined || !WORD_CHAR.test(char) || CJK.test(char);
}

/** Whether folded `text` contains a compiled word. */
export function containsWord(text: string, word: CompiledWord): boolean {
  if (word.anywhere) return text.includes(word.text);
  for (let at = text.indexOf(word.text); at !== -1; at = text.indexOf(word.text, at + 1)) {
    const before = at === 0 ? undefined : text[at - 1];
    const after = text[at + word.text.length];
    const startsClean = !WORD_CHAR.test(word.text[0]!) || isBoundary(before);
    const endsClean = word.prefix || !WORD_CHAR.test(word.text.at(-1)!) || isBoundary(after);
    if (startsClean && endsClean) return true;
  }
  return false;
}

const compiledLists = new WeakMap<readonly string[], CompiledWord[]>();

/** Compiles a word list (memoised per list object). */
export function compileWords(words: readonly string[]): CompiledWord[] {
  let compiled = compiledLists.get(words);
  if (!compiled) {
    compiled = words.map(compileWord).filter((word): word is CompiledWord => word !== null);
    compiledLists.set(words, compiled);
  }
  return compiled;
}

/**
 * The first of `words` found in `text`, or null.
 *
 * @example
 * findAnyWord('The app CRASHED twice', ['crash*', '崩溃']); // 'crash*'
 * findAnyWord('应用崩溃了', ['crash*', '崩溃']); // '崩溃'
 */
export function findAnyWord(text: string, words: readonly string[]): string | null {
  const folded = foldForMatching(text);
  return compileWords(words).find((word) => containsWord(folded, word))?.source ?? null;
}
