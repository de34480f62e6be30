/**
 * `<ac-period-picker>`: the stats period: the last 7, 30 or 90 days, or a
 * custom range of whole days (first and last day included).
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { shared } from '../styles/shared.js';
import { DEFAULT_PERIOD, PRESETS, localDate, type Period } from './period.js';

/**
 * The period picker.
 *
 * @fires ac-period-change - The agent chose a period; `detail.period`.
 */
@customElement('ac-period-picker')
export class PeriodPicker extends LitElement {
  static override styles = [
    shared,
    css`
      :host { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: end; }
      [role='group'] { display: flex; flex-wrap: wrap; gap: 4px; }
      [aria-pressed='true'] { background: var(--ac-accent-soft); color: var(--ac-accent); border-color: var(--ac-accent); font-weight: 600; }
      form { display: flex; flex-wrap: wrap; gap: 8px; align-items: end; }
      .field { display: grid; gap: 2px; }
      .alert { flex-basis: 100%; }
    `,
  ];

  /** The period in force. */
  @property({ attribute: false }) period: Period = DEFAULT_PERIOD;

  /** True while the custom range is being chosen. */
  @state() private customOpen = false;
  @state() private error = '';
  private readonly l10n = new LocalizeController(this);

  override render() {
    const m = this.l10n.messages.stats;
    const p = this.period;
    const custom = this.customOpen || p.kind === 'custom';
    const today = localDate(Date.now());
    return html`
      <div role="group" aria-label=${m.periodLabel}>
        ${PRESETS.map((days) => html`<button type="button" data-days=${days} aria-pressed=${!custom && p.kind === 'preset' && p.days === days ? 'true' : 'false'}
          @click=${() => this.choose({ kind: 'preset', days })}>${m.lastDays(days)}</button>`)}
        <button type="button" data-days="custom" aria-pressed=${custom ? 'true' : 'false'} aria-expanded=${custom ? 'true' : 'false'}
          @click=${() => (this.customOpen = true)}>${m.custom}</button>
      </div>
      ${custom
        ? html`<form @submit=${this.onApply} novalidate>
            <div class="field"><label for="from">${m.from}</label>
              <input id="from" name="from" type="date" max=${today} .value=${p.kind === 'custom' ? p.from : localDate(Date.now() - 29 * 86_400_000)} /></div>
            <div class="field"><label for="to">${m.to}</label>
              <input id="to" name="to" type="date" max=${today} .value=${p.kind === 'custom' ? p.to : today} /></div>
            <button type="submit" class="primary">${m.apply}</button>
            <div class="alert" role="alert">${this.error}</div>
          </form>`
        : nothing}
    `;
  }

  private choose(period: Period): void {
    this.customOpen = false;
    this.error = '';
    this.dispatchEvent(new CustomEvent('ac-period-change', { detail: { period }, bubbles: true, composed: true }));
  }

  private onApply(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const from = (form.elements.namedItem('from') as HTMLInputElement).value;
    const to = (form.elements.namedItem('to') as HTMLInputElement).value;
    if (!from || !to || from > to) {
      this.error = this.l10n.messages.stats.invalidPeriod;
      return;
    }
    this.choose({ kind: 'custom', from, to });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ac-period-picker': PeriodPicker;
  }
}
