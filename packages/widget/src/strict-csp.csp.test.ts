/**
 * The widget under a strict Content-Security-Policy. This file runs in the
 * `csp` group of web-test-runner.config.mjs, whose page carries
 * `<meta http-equiv="Content-Security-Policy" content="STRICT_CSP">`:
 * `script-src 'self'` and `style-src 'self'` (no inline script or style, no
 * eval), `img-src 'self' blob:`, `default-src 'none'`. The widget is loaded
 * the script-tag way and used end to end; the browser must report no
 * violation — with one known exception outside the widget: zod (inside the
 * SDK) probes once whether `new Function` is allowed, is refused, and uses
 * its non-compiling path. The SDK can silence that probe with
 * `z.config({ jitless: true })`.
 */
import type { AftercareWidget } from './aftercare-widget.js';
import { assert, equal, waitFor } from './testing/assert.js';
import { fakeNetwork, json, receiptFor, reportIdOf } from './testing/fake-network.js';
import { screenshotFake } from './testing/fake-screenshot.js';

const violations: string[] = [];
/** zod's refused `new Function('')` probe (see the module comment). */
const zodProbe = (e: SecurityPolicyViolationEvent) =>
  e.blockedURI === 'eval' && /\/zod\/v4\/core\/util\.js$|\/chunks\/runtime-[\w-]+\.js$/.test(e.sourceFile);
document.addEventListener('securitypolicyviolation', (e) => {
  if (!zodProbe(e)) violations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('under a strict CSP', () => {
  it('the policy is in force on this page', async () => {
    const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    assert(policy.includes("script-src 'self'") && policy.includes("style-src 'self'"), `a strict policy: ${policy}`);
    let evaluated = true;
    try {
      (0, eval)('1');
    } catch {
      evaluated = false;
    }
    equal(evaluated, false, 'eval is blocked');
    const style = document.createElement('style');
    style.textContent = 'body { --csp-probe: applied }';
    document.head.append(style);
    equal(getComputedStyle(document.body).getPropertyValue('--csp-probe'), '', 'an inline <style> is blocked');
    style.remove();
    await settle();
    assert(violations.length >= 2, 'the probes were reported as violations');
    violations.length = 0;
  });

  it('loads from the script tag, styles itself and files a report, with no violation', async () => {
    const network = fakeNetwork((request) => json(201, receiptFor(reportIdOf(request), 77)));
    try {
      const script = document.createElement('script');
      script.src = '/__cdn__/aftercare.js';
      script.dataset.projectKey = 'pk_csp';
      script.dataset.endpoint = 'https://support.test';
      script.dataset.locale = 'en';
      document.head.append(script);
      const widget = await waitFor(() => document.querySelector<AftercareWidget>('aftercare-widget'), 'the widget');
      await widget.updateComplete;
      const root = widget.shadowRoot!;
      const launcher = root.querySelector<HTMLElement>('[part~="launcher"]')!;
      equal(getComputedStyle(launcher).backgroundColor, 'rgb(48, 80, 216)', 'styled through adopted stylesheets');
      widget.setTheme({ accent: '#0a7d4f' });
      equal(getComputedStyle(launcher).backgroundColor, 'rgb(10, 125, 79)', 'theme tokens set through the CSSOM');

      launcher.click();
      await waitFor(() => root.querySelector('dialog[open]'), 'the dialog');
      // From source the screenshot module is the canvas fake, so this checks the widget's
      // own screenshot path (blob: thumbnail, editor chunk). With AFTERCARE_CDN=built it is
      // the SDK's real module, whose CSP behaviour is reported by the violation check below.
      if (screenshotFake.calls > 0) {
        const thumb = await waitFor(() => root.querySelector<HTMLImageElement>('.thumb'), 'the screenshot thumbnail');
        await waitFor(() => thumb.complete && thumb.naturalWidth > 0, 'the blob: thumbnail loaded');
        root.querySelector<HTMLButtonElement>('.edit-shot')!.click();
        const editor = await waitFor(() => root.querySelector('aftercare-screenshot-editor'), 'the editor chunk');
        await waitFor(() => (editor.shadowRoot?.querySelector('canvas')?.width ?? 0) > 1, 'the editor canvas');
        equal(getComputedStyle(editor.shadowRoot!.querySelector('canvas')!).cursor, 'crosshair', 'the editor is styled');
        editor.shadowRoot!.querySelector<HTMLButtonElement>('button.done')!.click();
      }
      const message = await waitFor(() => root.querySelector<HTMLTextAreaElement>('#message'), 'the form');
      message.value = 'Works under CSP';
      message.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await widget.updateComplete;
      root.querySelector<HTMLButtonElement>('button.start')!.click();
      await waitFor(() => root.querySelector('.raw'), 'the preview chunk');
      root.querySelector<HTMLButtonElement>('button.back')!.click();
      await widget.updateComplete;
      root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await waitFor(() => root.querySelector('[role="status"] h2')?.textContent?.includes('#77'), 'the ticket number');
      await settle();
      equal(violations.join('\n'), '', 'CSP violations');
    } finally {
      network.restore();
    }
  });
});
