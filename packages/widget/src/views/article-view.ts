/**
 * A knowledge-base article inside the widget (a lazy chunk): its title, its
 * body rebuilt from the allow-list sanitiser, and the two ways out: back to
 * the report, or "this solved it".
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { KbPublicArticle } from '@aftercare/sdk';
import type { Messages } from '../i18n/en.js';
import { sanitizeHtml } from '../kb/sanitize-html.js';

/** An article ready to show: the body is a sanitised DOM node, built once. */
export interface ShownArticle {
  article: KbPublicArticle;
  body: HTMLElement;
}

/**
 * Prepares an article for display.
 *
 * @example
 * const shown = prepareArticle(await runtime.kb.article(id));
 */
export function prepareArticle(article: KbPublicArticle): ShownArticle {
  const body = document.createElement('div');
  body.className = 'article-body';
  body.lang = article.locale;
  body.append(sanitizeHtml(article.html));
  return { article, body };
}

/** What {@link renderArticle} needs. */
export interface ArticleViewProps {
  messages: Messages;
  locale: string;
  /** The title from the search hit, shown while the article loads. */
  title: string;
  shown: ShownArticle | undefined;
  onBack: () => void;
  onSolved: () => void;
}

function formatDate(value: string, locale: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}

/**
 * Renders the article view.
 *
 * @example
 * renderArticle({ messages: en, locale: 'en', title: hit.title, shown, onBack, onSolved })
 */
export function renderArticle(p: ArticleViewProps): TemplateResult {
  const m = p.messages;
  const article = p.shown?.article;
  return html`
    <div class="bar"><h2 id="title" tabindex="-1" lang=${article?.locale ?? nothing}>${article?.title ?? p.title}</h2></div>
    <div class="stack body">
      ${p.shown && article
        ? html`<p class="hint">${m.articleUpdated(formatDate(article.updatedAt, p.locale))}</p>
            ${p.shown.body}`
        : html`<p>${m.loading}</p>`}
    </div>
    <div class="actions">
      <button part="button" class="start back" type="button" @click=${p.onBack}>${m.articleBack}</button>
      <button part="button primary" class="solved" type="button" ?disabled=${!p.shown} @click=${p.onSolved}>${m.articleSolved}</button>
    </div>
  `;
}
