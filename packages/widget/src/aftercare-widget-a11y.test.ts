/**
 * Accessibility of `<aftercare-widget>` in Chromium: axe-core on the open
 * dialog (light and dark, English and Chinese, and each view), a full
 * keyboard-only report, focus kept inside and given back, the colour scheme
 * and reduced motion.
 */
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { AftercareWidget } from './aftercare-widget.js';
import { assert, equal, waitFor } from './testing/assert.js';
import { axeViolations, describeViolations } from './testing/axe.js';
import { fakeNetwork, json, receiptFor, reportIdOf, reportRequests, type FakeNetwork } from './testing/fake-network.js';
import { clickSend, mount, part, sentTitle, typeMessage, unmountAll, waitForPart } from './testing/fixture.js';
import { deepActiveElement } from './controllers/focus.js';

async function expectNoViolations(widget: AftercareWidget, what: string): Promise<void> {
  // Colours are only final once the dialog's fade-in has ended.
  await Promise.all((widget.shadowRoot?.getAnimations() ?? []).map((animation) => animation.finished));
  equal(describeViolations(await axeViolations(widget)), '', `axe violations in ${what}`);
}

/** Presses Tab until `done()` holds; fails after `max` presses. */
async function tabUntil(done: () => boolean, what: string, max = 30): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (done()) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

describe('<aftercare-widget> accessibility', () => {
  let network: FakeNetwork | undefined;
  afterEach(async () => {
    network?.restore();
    network = undefined;
    unmountAll();
    for (const node of document.querySelectorAll('.page-fixture')) node.remove();
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const locale of ['en', 'zh-CN'] as const) {
      it(`axe finds no violations in the open dialog (${theme}, ${locale})`, async () => {
        const widget = await mount({ theme, locale });
        await widget.open();
        await expectNoViolations(widget, 'the form');
        await clickSend(widget); // the error state: live region and invalid field
        await expectNoViolations(widget, 'the form with an error');
      });
    }
  }

  it('axe finds no violations in the preview, the editor and the sent view (dark)', async () => {
    // Tall enough that nothing scrolls: axe counts content scrolled under the
    // fixed action bar as covering its buttons, though the scroller clips it.
    await setViewport({ width: 1000, height: 1100 });
    network = fakeNetwork((request) => json(201, receiptFor(reportIdOf(request), 8)));
    const widget = await mount({ theme: 'dark' });
    await widget.open();
    await typeMessage(widget, 'Export is broken');
    part<HTMLButtonElement>(widget, 'button.start').click();
    await waitForPart(widget, '.raw');
    await expectNoViolations(widget, 'the preview');
    part<HTMLButtonElement>(widget, 'button.back').click();
    await waitForPart(widget, '.edit-shot');
    part<HTMLButtonElement>(widget, '.edit-shot').click();
    const editor = await waitForPart(widget, 'aftercare-screenshot-editor');
    await waitFor(() => (editor.shadowRoot?.querySelector('canvas')?.width ?? 0) > 1, 'the editor');
    await expectNoViolations(widget, 'the editor');
    (editor.shadowRoot?.querySelector('button.done') as HTMLButtonElement).click();
    await waitForPart(widget, 'button[type="submit"]');
    await clickSend(widget);
    await sentTitle(widget);
    await expectNoViolations(widget, 'the sent view');
  });

  it('follows prefers-color-scheme with theme="auto", and respects prefers-reduced-motion', async () => {
    const widget = await mount();
    await widget.open();
    const dialog = part(widget, 'dialog');
    equal(getComputedStyle(dialog).backgroundColor, 'rgb(255, 255, 255)', 'light surface');
    equal(getComputedStyle(dialog).animationName, 'aftercare-in', 'opening animation');
    await emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    equal(getComputedStyle(dialog).backgroundColor, 'rgb(27, 31, 41)', 'dark surface');
    equal(getComputedStyle(dialog).animationName, 'none', 'no animation with reduced motion');
    widget.setTheme('light');
    equal(getComputedStyle(dialog).backgroundColor, 'rgb(255, 255, 255)', 'forced light');
  });

  it('files a report with the keyboard alone', async () => {
    network = fakeNetwork((request) => json(201, receiptFor(reportIdOf(request), 31)));
    const widget = await mount({ screenshot: 'off' });
    const launcher = part(widget, '[part~="launcher"]');
    (document.activeElement as HTMLElement | null)?.blur();
    await tabUntil(() => deepActiveElement() === launcher, 'the launcher');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => deepActiveElement()?.id === 'message', 'focus in the message field');
    await sendKeys({ type: 'Where is the invoice export?' });
    // Back to the kind, and choose "A question" with the arrow keys.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    equal((deepActiveElement() as HTMLInputElement).value, 'bug', 'on the kind radios');
    await sendKeys({ press: 'ArrowDown' });
    equal((deepActiveElement() as HTMLInputElement).value, 'question', 'kind chosen with an arrow key');
    const send = part(widget, 'button[type="submit"]');
    await tabUntil(() => deepActiveElement() === send, 'the send button');
    await sendKeys({ press: 'Enter' });
    equal(await sentTitle(widget), 'Thanks — ticket #31', 'filed');
    equal(deepActiveElement(), part(widget, '.close') as Element, 'focus on Close');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => deepActiveElement() === launcher, 'focus back on the launcher');
    const body = reportRequests(network.requests)[0]?.body as { kind: string; message: string };
    equal(`${body.kind}: ${body.message}`, 'question: Where is the invoice export?', 'what was sent');
  });

  it('keeps Tab and Shift+Tab inside the dialog, wrapping at both ends', async () => {
    localStorage.clear(); // no tracked reports: no "My reports" link before the first field
    const outside = Object.assign(document.createElement('button'), { className: 'page-fixture', textContent: 'Page button' });
    document.body.prepend(outside);
    const widget = await mount();
    await widget.open();
    const dialog = part(widget, 'dialog');
    const inside = () => {
      const active = deepActiveElement();
      return !!active && (dialog.contains(active) || (active.getRootNode() as ShadowRoot).host?.closest?.('dialog') === dialog);
    };
    const first = part(widget, 'input[name="kind"]:checked');
    const last = part(widget, 'button[type="submit"]');
    for (let i = 0; i < 25; i++) {
      await sendKeys({ press: 'Tab' });
      assert(inside(), `focus inside the dialog after ${i + 1} Tab presses (on ${deepActiveElement()?.outerHTML.slice(0, 60)})`);
    }
    last.focus();
    await sendKeys({ press: 'Tab' });
    equal(deepActiveElement(), first as Element, 'Tab from the last control goes to the first');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    equal(deepActiveElement(), last as Element, 'Shift+Tab from the first control goes to the last');
  });

  it('gives focus back to the page element that opened it (attachTo, open())', async () => {
    const help = Object.assign(document.createElement('button'), { className: 'page-fixture', textContent: 'Help' });
    const field = Object.assign(document.createElement('input'), { className: 'page-fixture' });
    document.body.append(help, field);
    const widget = await mount({ 'hide-launcher': '' });
    const detach = widget.attachTo(help);
    equal(help.getAttribute('aria-haspopup'), 'dialog', 'the trigger says it opens a dialog');
    help.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => part<HTMLDialogElement>(widget, 'dialog').open, 'the dialog');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => document.activeElement === help, 'focus back on the trigger');

    field.focus();
    await widget.open();
    widget.close();
    equal(document.activeElement, field as Element, 'focus back where it was before open()');

    detach();
    equal(help.hasAttribute('aria-haspopup'), false, 'detached');
    help.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    equal(part<HTMLDialogElement>(widget, 'dialog').open, false, 'a detached trigger opens nothing');
  });
});
