/**
 * Markdown for knowledge-base articles: rendering to HTML that is safe to
 * insert into any page, and reducing to plain text for search snippets.
 *
 * Safety comes from markdown-it's own options rather than a sanitiser run
 * afterwards: raw HTML is off (`<script>` in an article is shown as text),
 * every link and image URL must pass {@link isSafeUrl} (so `javascript:`,
 * `data:` and friends never become an `href` or `src`), attributes are
 * escaped by the renderer, and links get `rel="noopener noreferrer nofollow"`.
 */
import MarkdownIt from 'markdown-it';

type Token = ReturnType<MarkdownIt['parse']>[number];

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const LINK_REL = 'noopener noreferrer nofollow';

/**
 * True for `http:`, `https:` and `mailto:` URLs and for relative references.
 * Control characters and spaces are removed first, as browsers do, so
 * `java\tscript:` is seen for what it is.
 */
export function isSafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  const head = cleaned.split(/[/?#]/, 1)[0] ?? '';
  const colon = head.indexOf(':');
  return colon === -1 || SAFE_SCHEMES.has(head.slice(0, colon + 1));
}

function createRenderer(): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  md.validateLink = isSafeUrl;
  md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
    tokens[idx]!.attrSet('rel', LINK_REL);
    return self.renderToken(tokens, idx, options);
  };
  return md;
}

const md = createRenderer();

/**
 * Renders an article's Markdown to HTML that is safe to insert.
 *
 * @example
 * renderMarkdown('See [billing](https://example.com/billing) <b>now</b>');
 * // '<p>See <a href="https://example.com/billing" rel="noopener noreferrer nofollow">billing</a> &lt;b&gt;now&lt;/b&gt;</p>\n'
 */
export function renderMarkdown(markdown: string): string {
  return md.render(markdown);
}

function inlineText(children: readonly Token[]): string {
  return children
    .map((child) => {
      if (child.type === 'text' || child.type === 'code_inline') return child.content;
      if (child.type === 'softbreak' || child.type === 'hardbreak') return ' ';
      if (child.type === 'image') return inlineText(child.children ?? []);
      return '';
    })
    .join('');
}

/**
 * The words of an article without Markdown: text, inline code and code
 * blocks, image alt texts; whitespace collapsed. Tag-like text the author
 * typed (shown literally in the article) is left out, so a snippet never
 * looks like HTML.
 *
 * @example
 * markdownToText('## Refunds\n\nOpen **Billing**.'); // 'Refunds Open Billing.'
 */
export function markdownToText(markdown: string): string {
  const parts: string[] = [];
  for (const token of md.parse(markdown, {})) {
    if (token.type === 'inline') parts.push(inlineText(token.children ?? []));
    else if (token.type === 'fence' || token.type === 'code_block') parts.push(token.content);
  }
  return parts
    .join(' ')
    .replace(/<\/?[a-z][^<>]*>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
