/**
 * Browser tests of `<aftercare-widget>` without the network: the launcher,
 * opening and closing the dialog, the form's fields and local checks, and
 * the locale.
 */
import { sendKeys } from '@web/test-runner-commands';
import { assert, equal, waitFor } from './testing/assert.js';
import { fakeNetwork, json } from './testing/fake-network.js';
import { screenshotFake } from './testing/fake-screenshot.js';
import { clickSend, mount, part, typeInto, typeMessage, unmountAll } from './testing/fixture.js';

describe('<aftercare-widget>', () => {
  afterEach(() => {
    unmountAll();
    screenshotFake.mode = 'ok';
  });

  it('renders a launcher and keeps the dialog closed', async () => {
    const widget = await mount();
    const launcher = part<HTMLButtonElement>(widget, '[part~="launcher"]');
    equal(launcher.tagName, 'BUTTON', 'launcher element');
    equal(launcher.textContent?.trim(), 'Feedback', 'launcher label');
    equal(getComputedStyle(launcher).position, 'fixed', 'launcher positioning');
    equal(part<HTMLDialogElement>(widget, 'dialog').open, false, 'dialog open before any action');
  });

  it('prepares the screenshot once when the reporter points at or focuses the launcher', async () => {
    const before = screenshotFake.prepares;
    const widget = await mount();
    const launcher = part<HTMLButtonElement>(widget, '[part~="launcher"]');
    launcher.dispatchEvent(new PointerEvent('pointerenter'));
    await waitFor(() => screenshotFake.prepares === before + 1, 'prepareCapture called on pointer intent');
    launcher.focus();
    launcher.dispatchEvent(new PointerEvent('pointerenter'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    equal(screenshotFake.prepares, before + 1, 'prepared only once');

    const off = await mount({ screenshot: 'off' });
    part<HTMLButtonElement>(off, '[part~="launcher"]').dispatchEvent(new PointerEvent('pointerenter'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    equal(screenshotFake.prepares, before + 1, 'no preparation with screenshots off');
  });

  it('puts the launcher in the chosen corner, and says on the element when the dialog is open', async () => {
    const widget = await mount({ position: 'top-left' });
    const box = part(widget, '[part~="launcher"]').getBoundingClientRect();
    equal(`${Math.round(box.left)},${Math.round(box.top)}`, '16,16', 'top-left corner, 16px in');
    equal(widget.hasAttribute('opened'), false, 'opened before opening');
    await widget.open();
    await widget.updateComplete;
    equal(widget.hasAttribute('opened'), true, 'opened attribute while open');
    widget.close();
    await widget.updateComplete;
    equal(widget.hasAttribute('opened'), false, 'opened after closing');
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
    equal(focused?.id, 'message', 'the message field has focus');
  });

  it('the launcher opens the dialog', async () => {
    const widget = await mount();
    part<HTMLButtonElement>(widget, '[part~="launcher"]').click();
    await waitFor(() => part<HTMLDialogElement>(widget, 'dialog').open, 'the dialog after a click');
  });

  it('labels every field', async () => {
    const widget = await mount();
    await widget.open();
    equal(part(widget, 'fieldset legend').textContent?.trim(), 'What is it about?', 'kind legend');
    const radios = [...(widget.shadowRoot?.querySelectorAll<HTMLInputElement>('input[name="kind"]') ?? [])];
    const labels = radios.map((radio) => `${radio.value}: ${radio.labels?.[0]?.textContent?.trim()}`);
    equal(labels.join(' | '), 'bug: Something is broken | question: A question | idea: An idea', 'kind labels');
    assert(radios[0]?.checked, 'bug is chosen by default');
    const labelOf = (selector: string) => part<HTMLInputElement>(widget, selector).labels?.[0]?.textContent?.trim();
    equal(labelOf('#message'), 'Describe what happened', 'message label');
    equal(labelOf('#name'), 'Your name (optional)', 'name label');
    equal(labelOf('#email'), 'Your e-mail (optional)', 'e-mail label');
    equal(labelOf('#files'), 'Attach files (optional)', 'files label');
    equal(labelOf('#screenshot'), 'Include a screenshot of this page', 'screenshot label');
    const impacts = [...(widget.shadowRoot?.querySelectorAll<HTMLInputElement>('input[name="impact"]') ?? [])];
    equal(impacts.map((r) => r.labels?.[0]?.textContent?.trim()).join(' | '), 'It blocks me | It slows me down | Minor', 'impact labels');
  });

  it('asks for the impact only for something broken', async () => {
    const widget = await mount();
    await widget.open();
    assert(widget.shadowRoot?.querySelector('input[name="impact"]'), 'impact shown for a bug');
    part<HTMLInputElement>(widget, 'input[value="idea"]').click();
    await widget.updateComplete;
    equal(widget.shadowRoot?.querySelector('input[name="impact"]'), null, 'impact for an idea');
  });

  it('an empty message shows an error in the live region and sends nothing', async () => {
    const network = fakeNetwork(() => json(500, {}));
    try {
      const widget = await mount();
      await widget.open();
      await typeMessage(widget, '   ');
      await clickSend(widget);
      const alert = part(widget, '[role="alert"]');
      equal(alert.textContent?.trim(), 'Please write a message before sending.', 'live region text');
      equal(part(widget, '#message').getAttribute('aria-invalid'), 'true', 'field marked invalid');
      equal(part(widget, '#message').getAttribute('aria-errormessage'), 'form-error', 'field points at the error');
      equal(widget.shadowRoot?.activeElement?.id, 'message', 'focus on the field to fix');
      await typeMessage(widget, 'now there is text');
      equal(alert.textContent?.trim(), '', 'error cleared once fixed');
      await new Promise((resolve) => setTimeout(resolve, 200));
      equal(network.requests.length, 0, 'requests sent');
    } finally {
      network.restore();
    }
  });

  it('checks the e-mail address before sending', async () => {
    const widget = await mount();
    await widget.open();
    await typeMessage(widget, 'Something');
    await typeInto(widget, '#email', 'ann@');
    await clickSend(widget);
    equal(part(widget, '[role="alert"]').textContent?.trim(), 'Please enter a valid e-mail address, or leave the field empty.', 'e-mail error');
    equal(part(widget, '#email').getAttribute('aria-invalid'), 'true', 'e-mail marked invalid');
    equal(widget.shadowRoot?.activeElement?.id, 'email', 'focus on the e-mail field');
  });

  it('refuses files over the attachment limits and lists the others', async () => {
    const widget = await mount();
    await widget.open();
    const input = part<HTMLInputElement>(widget, '#files');
    const pick = async (files: File[]) => {
      const transfer = new DataTransfer();
      for (const file of files) transfer.items.add(file);
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await widget.updateComplete;
    };
    await pick([new File(['hello'], 'notes.txt', { type: 'text/plain' })]);
    equal(part(widget, '.files li span').textContent?.trim(), 'notes.txt (1 KB)', 'listed file');
    await pick([new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'huge.bin')]);
    equal(part(widget, '[role="alert"]').textContent?.trim(), 'huge.bin is larger than 5 MB.', 'size error');
    equal(widget.shadowRoot?.querySelectorAll('.files li').length, 1, 'the big file was not added');
    await pick(Array.from({ length: 5 }, (_, i) => new File(['x'], `f${i}.txt`)));
    equal(part(widget, '[role="alert"]').textContent?.trim(), 'You can attach up to 5 files.', 'count error');
    part<HTMLButtonElement>(widget, '.files button').click();
    await widget.updateComplete;
    equal(widget.shadowRoot?.querySelectorAll('.files li').length, 0, 'files after removing');
  });

  it('prefills name and e-mail from identify(), without overwriting what was typed', async () => {
    const widget = await mount();
    widget.identify({ id: 'u_1', name: 'Ann Lee', email: 'ann@example.com' });
    await widget.open();
    equal(part<HTMLInputElement>(widget, '#name').value, 'Ann Lee', 'name');
    equal(part<HTMLInputElement>(widget, '#email').value, 'ann@example.com', 'e-mail');
    await typeInto(widget, '#name', 'Ann');
    widget.identify({ id: 'u_1', name: 'Ann B. Lee', email: 'ann.b@example.com' });
    await widget.updateComplete;
    equal(part<HTMLInputElement>(widget, '#name').value, 'Ann', 'typed name kept');
    equal(part<HTMLInputElement>(widget, '#email').value, 'ann.b@example.com', 'untouched e-mail follows');
  });

  it('takes the screenshot before the dialog shows and includes it by default', async () => {
    const widget = await mount();
    const before = screenshotFake.calls;
    await widget.open();
    equal(screenshotFake.calls, before + 1, 'captures');
    equal(screenshotFake.dialogOpenDuringCapture, false, 'the dialog was not showing during the capture');
    const options = screenshotFake.lastOptions as { exclude: Element[] };
    assert(options.exclude.includes(widget), 'the widget is left out of the picture');
    assert(part<HTMLInputElement>(widget, '#screenshot').checked, 'screenshot on by default');
    assert(part<HTMLImageElement>(widget, '.thumb').src.startsWith('blob:'), 'thumbnail shown');
  });

  it('opens without a screenshot when capturing fails, or when it is turned off', async () => {
    screenshotFake.mode = 'fail';
    const widget = await mount();
    await widget.open();
    assert(part<HTMLDialogElement>(widget, 'dialog').open, 'dialog open');
    equal(widget.shadowRoot?.querySelector('#screenshot'), null, 'no screenshot switch');
    widget.close();
    screenshotFake.mode = 'ok';
    const calls = screenshotFake.calls;
    const off = await mount({ screenshot: 'off' });
    await off.open();
    equal(screenshotFake.calls, calls, 'no capture with screenshot="off"');
  });

  it('Esc closes the dialog and focus returns to the launcher', async () => {
    const widget = await mount();
    await widget.open();
    await typeMessage(widget, 'half-written');
    await sendKeys({ press: 'Escape' });
    await widget.updateComplete;
    equal(part<HTMLDialogElement>(widget, 'dialog').open, false, 'dialog open after Esc');
    const launcher = part(widget, '[part~="launcher"]');
    await waitFor(() => widget.shadowRoot?.activeElement === launcher, 'focus back on the launcher');
    await widget.open();
    equal(part<HTMLTextAreaElement>(widget, '#message').value, 'half-written', 'text kept across close');
  });

  it('Cancel and close() close the dialog without firing events', async () => {
    const widget = await mount();
    const fired: string[] = [];
    for (const name of ['aftercare-submitted', 'aftercare-error', 'aftercare-queued']) widget.addEventListener(name, () => fired.push(name));
    await widget.open();
    part<HTMLButtonElement>(widget, 'button.cancel').click();
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
    equal(part(widget, 'label[for="message"]').textContent?.trim(), '请描述您遇到的情况', 'message label');
    equal(part(widget, 'button[type="submit"]').textContent?.trim(), '发送', 'send button');
    await clickSend(widget);
    equal(part(widget, '[role="alert"]').textContent?.trim(), '请先填写反馈内容，再点击发送。', 'validation text');
    // The CJK fallback fonts are in the font stack, and the text is laid out (not empty boxes of zero width).
    const title = part(widget, 'h2');
    assert(getComputedStyle(title).fontFamily.includes('PingFang SC'), 'CJK fonts in the stack');
    assert(title.getBoundingClientRect().width > 40, 'the title is laid out');
  });

  it('switches language with setLocale() and per-string overrides', async () => {
    const widget = await mount();
    widget.setLocale('zh');
    await widget.updateComplete;
    equal(part(widget, '[part~="launcher"]').textContent?.trim(), '反馈', 'launcher after setLocale');
    widget.configure({ messages: { 'zh-CN': { launcher: '帮助', kinds: { idea: '新想法' } }, en: { launcher: 'Help' } } });
    await widget.open();
    equal(part(widget, '[part~="launcher"]').textContent?.trim(), '帮助', 'overridden launcher');
    equal(part<HTMLInputElement>(widget, 'input[value="idea"]').labels?.[0]?.textContent?.trim(), '新想法', 'overridden kind');
    equal(part<HTMLInputElement>(widget, 'input[value="bug"]').labels?.[0]?.textContent?.trim(), '功能出错', 'others kept');
    widget.setLocale(undefined);
    widget.locale = 'en';
    await waitFor(() => part(widget, 'h2').textContent?.trim() === 'Send feedback', 'English dialog');
    equal(part(widget, '[part~="launcher"]').textContent?.trim(), 'Help', 'English override');
  });
});
