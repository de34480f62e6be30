/**
 * Browser tests of `<aftercare-widget>` without the network: the launcher,
 * opening and closing the dialog, local validation and the locale.
 */
import { sendKeys } from '@web/test-runner-commands';
import { assert, equal, waitFor } from './testing/assert.js';
import { fakeNetwork, json } from './testing/fake-network.js';
import { clickSend, mount, part, typeMessage, unmountAll } from './testing/fixture.js';

describe('<aftercare-widget>', () => {
  afterEach(unmountAll);

  it('renders a launcher and keeps the dialog closed', async () => {
    const widget = await mount();
    const launcher = part<HTMLButtonElement>(widget, '[part~="launcher"]');
    equal(launcher.tagName, 'BUTTON', 'launcher element');
    equal(launcher.textContent?.trim(), 'Feedback', 'launcher label');
    equal(getComputedStyle(launcher).position, 'fixed', 'launcher positioning');
    equal(part<HTMLDialogElement>(widget, 'dialog').open, false, 'dialog open before any action');
  });

  it('reflects its properties to attributes', async () => {
    const widget = await mount();
    widget.projectKey = 'pk_other';
    widget.locale = 'zh-CN';
    await widget.updateComplete;
    equal(widget.getAttribute('project-key'), 'pk_other', 'project-key attribute');
    equal(widget.getAttribute('locale'), 'zh-CN', 'locale attribute');
  });

  it('open() shows a modal dialog and moves focus into it', async () => {
    const widget = await mount();
    await widget.open();
    const dialog = part<HTMLDialogElement>(widget, 'dialog');
    assert(dialog.open && dialog.matches(':modal'), 'dialog is open as a modal');
    equal(document.activeElement, widget as Element, 'focus is inside the widget');
    const focused = widget.shadowRoot?.activeElement;
    assert(focused && dialog.contains(focused), 'focus is inside the dialog');
    equal(focused?.tagName, 'TEXTAREA', 'the message field has focus');
  });

  it('the launcher opens the dialog', async () => {
    const widget = await mount();
    part<HTMLButtonElement>(widget, '[part~="launcher"]').click();
    await widget.updateComplete;
    assert(part<HTMLDialogElement>(widget, 'dialog').open, 'dialog is open after a click');
  });

  it('labels the kind choices and the message field', async () => {
    const widget = await mount();
    const legend = part(widget, 'fieldset legend');
    equal(legend.textContent?.trim(), 'What is it about?', 'kind legend');
    const radios = [...(widget.shadowRoot?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? [])];
    const labels = radios.map((radio) => `${radio.value}: ${radio.labels?.[0]?.textContent?.trim()}`);
    equal(labels.join(' | '), 'bug: Something is broken | question: A question | idea: An idea', 'kind labels');
    assert(radios[0]?.checked, 'bug is chosen by default');
    const textarea = part<HTMLTextAreaElement>(widget, 'textarea');
    equal(textarea.labels[0]?.textContent?.trim(), 'Describe what happened', 'message label');
  });

  it('an empty message shows an error in the live region and sends nothing', async () => {
    const network = fakeNetwork(() => json(500, {}));
    try {
      const widget = await mount();
      await widget.open();
      await typeMessage(widget, '   ');
      await clickSend(widget);
      equal(part<HTMLButtonElement>(widget, 'button[type="submit"]').disabled, false, 'send button disabled');
      const alert = part(widget, '[role="alert"]');
      equal(alert.textContent?.trim(), 'Please write a message before sending.', 'live region text');
      equal(part(widget, 'textarea').getAttribute('aria-invalid'), 'true', 'field marked invalid');
      await new Promise((resolve) => setTimeout(resolve, 200));
      equal(network.requests.length, 0, 'requests sent');
    } finally {
      network.restore();
    }
  });

  it('Esc closes the dialog and focus returns to the launcher', async () => {
    const widget = await mount();
    await widget.open();
    await typeMessage(widget, 'half-written');
    await sendKeys({ press: 'Escape' });
    await widget.updateComplete;
    const dialog = part<HTMLDialogElement>(widget, 'dialog');
    equal(dialog.open, false, 'dialog open after Esc');
    const launcher = part(widget, '[part~="launcher"]');
    await waitFor(() => widget.shadowRoot?.activeElement === launcher, 'focus back on the launcher');
    await widget.open();
    equal(part<HTMLTextAreaElement>(widget, 'textarea').value, 'half-written', 'text kept across close');
  });

  it('Cancel and close() close the dialog without firing events', async () => {
    const widget = await mount();
    const fired: string[] = [];
    for (const name of ['aftercare-submitted', 'aftercare-error']) widget.addEventListener(name, () => fired.push(name));
    await widget.open();
    part<HTMLButtonElement>(widget, '[part~="button"]:not([type="submit"])').click();
    equal(part<HTMLDialogElement>(widget, 'dialog').open, false, 'open after Cancel');
    await widget.open();
    widget.close();
    equal(part<HTMLDialogElement>(widget, 'dialog').open, false, 'open after close()');
    equal(fired.length, 0, 'events fired');
  });

  it('renders Simplified Chinese for locale="zh-CN"', async () => {
    const widget = await mount({ locale: 'zh-CN' });
    equal(part(widget, '[part~="launcher"]').textContent?.trim(), '反馈', 'launcher label');
    await widget.open();
    equal(part(widget, 'h2').textContent?.trim(), '提交反馈', 'dialog title');
    equal(part(widget, 'dialog').getAttribute('lang'), 'zh-CN', 'dialog lang');
    await clickSend(widget);
    equal(part(widget, '[role="alert"]').textContent?.trim(), '请先填写反馈内容，再点击发送。', 'validation text');
  });

  it('switches language when the locale property changes', async () => {
    const widget = await mount();
    widget.locale = 'zh';
    await widget.updateComplete;
    equal(part(widget, '[part~="launcher"]').textContent?.trim(), '反馈', 'launcher label after change');
  });
});
