/**
 * The fields of the article editor, pure: reading them from the form,
 * working out what changed against the stored article, and rendering them
 * (title, slug, language, category, tags, and the Markdown body).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { KbArticle, KbArticlePatch } from '@aftercare/sdk/schemas';
import { fieldIssues } from '../admin/issues.js';
import type { Messages } from '../i18n/en.js';

/** What the editor's form holds. */
export interface ArticleValues {
  title: string;
  slug: string;
  locale: string;
  category: string;
  tags: string;
  bodyMarkdown: string;
}

/** Reads the editor's values from its form. */
export function readArticleForm(form: HTMLFormElement): ArticleValues {
  const data = new FormData(form);
  const text = (name: keyof ArticleValues) => String(data.get(name) ?? '');
  return { title: text('title'), slug: text('slug'), locale: text('locale'), category: text('category'), tags: text('tags'), bodyMarkdown: text('bodyMarkdown') };
}

/**
 * What the values change in the article: only fields that differ, tags
 * split on commas, an empty category as `null`.
 *
 * @example
 * articleChanges(article, { ...values, tags: 'refunds, billing' }); // { tags: ['refunds', 'billing'] }
 */
export function articleChanges(article: KbArticle, values: ArticleValues): KbArticlePatch {
  const patch: KbArticlePatch = {};
  const title = values.title.trim();
  if (title !== article.title) patch.title = title;
  const slug = values.slug.trim();
  if (slug && slug !== article.slug) patch.slug = slug;
  const locale = values.locale.trim();
  if (locale && locale !== article.locale) patch.locale = locale;
  const category = values.category.trim() || null;
  if (category !== article.category) patch.category = category;
  const tags = [...new Set(values.tags.split(',').map((t) => t.trim()).filter(Boolean))];
  if (tags.join('\n') !== article.tags.join('\n')) patch.tags = tags;
  if (values.bodyMarkdown !== article.bodyMarkdown) patch.bodyMarkdown = values.bodyMarkdown;
  return patch;
}

/**
 * Renders the editor's fields; `readOnly` for viewers, `error` puts the
 * server's objections next to their field.
 */
export function articleFields(article: KbArticle, m: Messages, readOnly: boolean, error: unknown): TemplateResult {
  const k = m.kb;
  const issues = (field: string) => {
    const list = fieldIssues(error, field);
    return list.length ? html`<span class="hint alert" id="${field}-issues">${list.join(' · ')}</span>` : nothing;
  };
  return html`
    <div class="field"><label for="title">${k.titleLabel}</label>
      <input id="title" name="title" required maxlength="200" .value=${article.title} ?readonly=${readOnly} />${issues('title')}</div>
    <div class="fields">
      <div class="field"><label for="slug">${k.slug}</label>
        <input id="slug" name="slug" class="mono" maxlength="80" .value=${article.slug} ?readonly=${readOnly} aria-describedby="slug-hint" />
        <span class="hint" id="slug-hint">${k.slugHint}</span>${issues('slug')}</div>
      <div class="field"><label for="locale">${k.locale}</label>
        <input id="locale" name="locale" class="mono" maxlength="35" .value=${article.locale} ?readonly=${readOnly} aria-describedby="locale-hint" />
        <span class="hint" id="locale-hint">${k.localeHint}</span>${issues('locale')}</div>
      <div class="field"><label for="category">${k.category}</label>
        <input id="category" name="category" maxlength="64" .value=${article.category ?? ''} ?readonly=${readOnly} />${issues('category')}</div>
      <div class="field"><label for="tags">${k.tags}</label>
        <input id="tags" name="tags" .value=${article.tags.join(', ')} ?readonly=${readOnly} aria-describedby="tags-hint" />
        <span class="hint" id="tags-hint">${k.tagsHint}</span>${issues('tags')}</div>
    </div>`;
}
