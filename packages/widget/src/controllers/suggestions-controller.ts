/**
 * A reactive controller that searches the knowledge base while the reporter
 * types: debounced, only for queries of at least 3 characters, newest query
 * wins. A failed search (offline, no knowledge base on the server) shows no
 * suggestions and no error: the report form is what matters.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { KbSearchHit } from '@aftercare/sdk';
import type { RuntimeController } from './runtime-controller.js';

/** Wait after the last keystroke before searching. */
export const SEARCH_DEBOUNCE_MS = 400;
const MIN_QUERY = 3;

/**
 * Suggests articles for the text being typed.
 *
 * @example
 * private readonly suggestions = new SuggestionsController(this, this.runtime, () => this.l10n.locale);
 * onInput(text) { this.suggestions.query(text); }
 */
export class SuggestionsController implements ReactiveController {
  /** The articles to suggest for the latest query. */
  hits: KbSearchHit[] = [];
  /** The query the hits answer. */
  answered = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private latest = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly runtime: RuntimeController,
    private readonly locale: () => string,
  ) {
    host.addController(this);
  }

  /** Nothing to do on connect. */
  hostConnected(): void {}

  /** Drops a pending search. */
  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Schedules a search for `text`. */
  query(text: string): void {
    clearTimeout(this.timer);
    const query = text.trim();
    this.latest = query;
    if (query.length < MIN_QUERY) {
      this.show([], '');
      return;
    }
    this.timer = setTimeout(() => void this.search(query), SEARCH_DEBOUNCE_MS);
  }

  /** Forgets the suggestions (a new report). */
  clear(): void {
    clearTimeout(this.timer);
    this.latest = '';
    this.show([], '');
  }

  private async search(query: string): Promise<void> {
    try {
      const runtime = await this.runtime.get();
      const hits = await runtime.kb.search(query, this.locale());
      if (query === this.latest) this.show(hits, query);
    } catch {
      if (query === this.latest) this.show([], '');
    }
  }

  private show(hits: KbSearchHit[], answered: string): void {
    if (hits.length === 0 && this.hits.length === 0) return;
    this.hits = hits;
    this.answered = answered;
    this.host.requestUpdate();
  }
}
