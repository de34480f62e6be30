/**
 * URLs from reports become links only when they are plain web addresses, so
 * a `javascript:` or `data:` URL in a report can never run from a click.
 */

/**
 * The URL when it is an absolute http(s) address, else undefined.
 *
 * @example
 * webUrl('javascript:alert(1)'); // undefined
 * webUrl('https://app.example.com/x'); // 'https://app.example.com/x'
 */
export function webUrl(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
