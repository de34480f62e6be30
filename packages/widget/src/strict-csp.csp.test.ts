/**
 * The widget under a strict Content-Security-Policy. This file runs in two
 * groups of web-test-runner.config.mjs, whose pages carry the policy in a
 * `<meta http-equiv>`: `script-src 'self'` and `style-src 'self'` (no inline
 * script or style, no eval), `default-src 'none'`.
 * - `csp`: the widget from source, its screenshots from the canvas fake,
 *   under `img-src 'self' blob:` (what the widget needs without screenshots).
 * - `csp-built`: the built CDN files (the SDK's real runtime and screenshot
 *   module), under `img-src 'self' blob: data:`, the policy docs/widget.md
 *   gives for screenshots.
 * The widget is loaded the script-tag way and used end to end, screenshot
 * included; the browser must report no violation. One exception, from
 * source only: zod (inside the SDK) probes once whether `new Function` is
 * allowed, is refused, and uses its non-compiling path. The CDN build turns
 * that compiling off (the SDK's schemas/zod.ts), so there it must not probe.
 */
import type { AftercareWidget } from './aftercare-widget.js';
import { assert, equal, waitFor } from './testing/assert.js';
import { fakeNetwork, json, receiptFor, reportIdOf } from './testing/fake-network.js';
import { screenshotFake } from './testing/fake-screenshot.js';

/** Where the widget's files are: `/__cdn__/` (from source) or `/__cdn-built__/` (the build). */
const cdn = document.documentElement.dataset.cdn ?? '/__cdn__/';
const built = cdn === '/__cdn-built__/';

const violations: string[] = [];
/** zod's refused `new Function('')` probe, from source (see the module comment). */
const zodProbe = (e: SecurityPolicyViolationEvent) => !built && e.blockedURI === 'eval' && /\/zod\/v4\/core\/util\.js$/.test(e.sourceFile);
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
      script.src = `${cdn}aftercare.js`;
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
      // own screenshot path (blob: thumbnail, editor chunk); from the build it is the SDK's
      // real capture, whose CSP behaviour the violation check below covers too.
      if (built || screenshotFake.calls > 0) {
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
