/**
 * Article slugs: URL-friendly names made from titles, unique per project and
 * locale. Titles without Latin letters or digits (a Chinese title) get a slug
 * from the article id instead.
 */

/** Longest slug. */
export const SLUG_MAX = 80;

/** What a slug looks like: lower-case ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The slug of a title; empty when the title has no Latin letters or digits.
 *
 * @example
 * slugify('Crème brûlée: how to refund?'); // 'creme-brulee-how-to-refund'
 */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, SLUG_MAX)
    .replace(/^-+|-+$/g, '');
}

/**
 * The first of `base`, `base-2`, `base-3`, … that is not `taken`.
 *
 * @example
 * freeSlug('refunds', new Set(['refunds', 'refunds-2'])); // 'refunds-3'
 */
export function freeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, SLUG_MAX - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
