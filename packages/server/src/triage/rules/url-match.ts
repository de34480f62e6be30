/**
 * URL patterns for rules. A pattern starting with `/` is matched against the
 * page's path; any other pattern against `origin + path` (for example
 * `https://app.example.com/billing/**`). Query string and fragment are ignored
 * unless the pattern contains `?` or `#`, in which case the whole URL is used.
 * Matching is case-insensitive. In a glob, `**` matches anything and `*`
 * anything but `/`; a prefix pattern matches URLs that start with it.
 */

const globCache = new Map<string, RegExp>();
const GLOB_CACHE_LIMIT = 500;

function globToRegExp(pattern: string): RegExp {
  let regexp = globCache.get(pattern);
  if (regexp) return regexp;
  const source = pattern
    .split('**')
    .map((part) =>
      part
        .split('*')
        .map((literal) => literal.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*'),
    )
    .join('.*');
  regexp = new RegExp(`^${source}$`, 'i');
  if (globCache.size >= GLOB_CACHE_LIMIT) globCache.clear();
  globCache.set(pattern, regexp);
  return regexp;
}

function target(url: string, pattern: string): string {
  if (pattern.includes('?') || pattern.includes('#')) {
    if (!pattern.startsWith('/')) return url;
  }
  let parsed: URL;
  try {
    parsed = new URL(url, 'http://relative.invalid');
  } catch {
    return url;
  }
  if (pattern.startsWith('/')) {
    const extra = pattern.includes('?') || pattern.includes('#') ? parsed.search + parsed.hash : '';
    return parsed.pathname + extra;
  }
  return parsed.origin + parsed.pathname;
}

/**
 * Whether a URL matches a pattern.
 *
 * @example
 * urlMatches('https://app.example.com/billing/invoices/7?x=1', '/billing/**'); // true
 * urlMatches('https://app.example.com/billing/invoices/7', 'https://app.example.com/billing', 'prefix'); // true
 */
export function urlMatches(url: string, pattern: string, mode: 'glob' | 'prefix' = 'glob'): boolean {
  const subject = target(url, pattern);
  if (mode === 'prefix') return subject.toLowerCase().startsWith(pattern.toLowerCase());
  return globToRegExp(pattern).test(subject);
}
