/**
 * Turns an article's HTML into DOM nodes that are safe to put in the widget's
 * shadow root. The server already sanitises articles; this is the second
 * line. The HTML is parsed into an inert document (`DOMParser`: nothing runs,
 * nothing loads), and a new tree is *rebuilt* from an allow-list: known
 * elements, known attributes, `http(s)`/`mailto` links only. Anything else is
 * dropped: scripts, event handlers, `style`, forms, frames, SVG. No string of
 * HTML is ever assigned to `innerHTML` in the live page, and nothing needs
 * `unsafeHTML`.
 */

/** Elements kept, with the attributes each may keep. */
const ALLOWED: Record<string, readonly string[]> = {
  p: [], br: [], hr: [], div: [], span: [], strong: [], b: [], em: [], i: [], u: [], s: [], small: [], sub: [], sup: [],
  mark: [], code: [], kbd: [], pre: [], blockquote: [], ul: [], ol: ['start'], li: [], dl: [], dt: [], dd: [],
  table: [], thead: [], tbody: [], tr: [], th: ['colspan', 'rowspan', 'scope'], td: ['colspan', 'rowspan'],
  a: ['href', 'title'], img: ['src', 'alt', 'width', 'height'], figure: [], figcaption: [],
  h1: [], h2: [], h3: [], h4: [], h5: [], h6: [],
};

/** Dropped together with everything inside them. */
const DROPPED = new Set(['script', 'style', 'template', 'iframe', 'object', 'embed', 'noscript', 'svg', 'math', 'form', 'input', 'button', 'select', 'textarea', 'link', 'meta', 'base', 'frame', 'frameset', 'audio', 'video', 'canvas', 'head', 'title']);

/** The widget's title is an h2: an article's own headings go below it. */
const HEADINGS: Record<string, string> = { h1: 'h3', h2: 'h4', h3: 'h5', h4: 'h6', h5: 'h6', h6: 'h6' };

function safeUrl(value: string, schemes: readonly string[]): string | undefined {
  try {
    const url = new URL(value.trim());
    return schemes.includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createHTML(input: string): string }): { createHTML(input: string): unknown };
}
let policy: { createHTML(input: string): unknown } | null | undefined;

/** Under `require-trusted-types-for 'script'`, `parseFromString` needs TrustedHTML: the input only reaches an inert parser. */
function trusted(html: string): string {
  if (policy === undefined) {
    try {
      const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
      policy = tt ? tt.createPolicy('aftercare-kb', { createHTML: (input) => input }) : null;
    } catch {
      policy = null;
    }
  }
  return (policy ? policy.createHTML(html) : html) as string;
}

function rebuild(source: Node, into: Node, doc: Document): void {
  for (const child of Array.from(source.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      into.appendChild(doc.createTextNode(child.textContent ?? ''));
      continue;
    }
    if (child.nodeType !== Node.ELEMENT_NODE) continue;
    const element = child as Element;
    const tag = element.localName;
    if (DROPPED.has(tag)) continue;
    const allowed = ALLOWED[tag];
    if (!allowed) {
      rebuild(element, into, doc); // unknown wrapper: keep its content
      continue;
    }
    const copy = doc.createElement(HEADINGS[tag] ?? tag);
    for (const name of allowed) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      if (name === 'href') {
        const href = safeUrl(value, ['http:', 'https:', 'mailto:']);
        if (href) copy.setAttribute('href', href);
      } else if (name === 'src') {
        const src = safeUrl(value, ['https:', 'http:']);
        if (src) copy.setAttribute('src', src);
      } else {
        copy.setAttribute(name, value);
      }
    }
    if (tag === 'a' && copy.hasAttribute('href')) {
      copy.setAttribute('target', '_blank');
      copy.setAttribute('rel', 'noopener noreferrer');
    }
    if (tag === 'img' && !copy.hasAttribute('src')) continue;
    if (tag === 'img' && !copy.hasAttribute('alt')) copy.setAttribute('alt', '');
    rebuild(element, copy, doc);
    into.appendChild(copy);
  }
}

/**
 * Parses untrusted HTML and returns a fragment built only from allowed
 * elements and attributes, owned by `doc`.
 *
 * @example
 * container.replaceChildren(sanitizeHtml('<p onclick="x()">Hi<script>bad()</script></p>')); // <p>Hi</p>
 */
export function sanitizeHtml(html: string, doc: Document = document): DocumentFragment {
  const parsed = new DOMParser().parseFromString(trusted(html), 'text/html');
  const fragment = doc.createDocumentFragment();
  rebuild(parsed.body, fragment, doc);
  return fragment;
}
