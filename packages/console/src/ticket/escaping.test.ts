/**
 * Everything from a report is shown as text: a report with markup and script
 * in every field it controls renders no element of its own, runs nothing,
 * and its `javascript:` page URL is not a link.
 */
import { assert, equal, includes, waitFor } from '../testing/assert.js';
import { fakeApi, type FakeApi } from '../testing/fake-api.js';
import { HOSTILE, TOKEN, sampleDesk } from '../testing/fixtures.js';
import { cleanUp, deep, mountConsole, waitForDeep } from '../testing/mount.js';

/** Every element under `root`, through every shadow root. */
function allElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? allElements(el.shadowRoot) : [])]);
}

/** All text under `root`, through every shadow root. */
function allText(root: ParentNode): string {
  return allElements(root).map((el) => [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('')).join(' ');
}

describe('escaping of report data', () => {
  let api: FakeApi;
  beforeEach(() => {
    api = fakeApi(sampleDesk());
    sessionStorage.setItem('aftercare.console.token', TOKEN);
  });
  afterEach(() => {
    api.restore();
    cleanUp();
    delete (window as { __pwned?: unknown }).__pwned;
  });

  function assertInert(where: string): void {
    const elements = allElements(document.querySelector('aftercare-console')!.shadowRoot!);
    equal(elements.filter((el) => el.tagName === 'SCRIPT' || el.tagName === 'B').length, 0, `${where}: script or b elements`);
    equal(elements.filter((el) => el.tagName === 'IMG' && el.getAttribute('src') === 'x').length, 0, `${where}: injected images`);
    equal(elements.filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length, 0, `${where}: event handler attributes`);
    equal((window as { __pwned?: unknown }).__pwned, undefined, `${where}: script ran`);
  }

  it('in the inbox', async () => {
    await mountConsole();
    await waitForDeep(document, 'aftercare-console', 'ac-inbox', 'tbody tr');
    includes(allText(document.querySelector('aftercare-console')!.shadowRoot!), `Title ${HOSTILE}`, 'title shown as text');
    assertInert('inbox');
  });

  it('on the ticket page, in every diagnostics tab', async () => {
    await mountConsole('/console/tickets/tkt_1');
    const diagnostics = await waitForDeep(document, 'aftercare-console', 'ac-ticket', 'ac-report-card', 'ac-diagnostics');
    const text = allText(document.querySelector('aftercare-console')!.shadowRoot!);
    for (const part of [`The save button does nothing ${HOSTILE}`, `Eve ${HOSTILE}`, `Looking ${HOSTILE}`, `plan${HOSTILE}`]) {
      includes(text, part, 'shown as text');
    }
    for (const tab of ['console', 'errors', 'network', 'breadcrumbs', 'environment']) {
      diagnostics.shadowRoot!.querySelector<HTMLButtonElement>(`[data-tab="${tab}"]`)!.click();
      await waitFor(() => diagnostics.shadowRoot!.querySelector(`[data-tab="${tab}"][aria-selected="true"]`), tab);
      for (const details of diagnostics.shadowRoot!.querySelectorAll('details')) details.open = true;
      includes(allText(diagnostics.shadowRoot!), HOSTILE, `${tab} shows the markup as text`);
      assertInert(tab);
    }
    const card = deep(document, 'aftercare-console', 'ac-ticket', 'ac-report-card')!.shadowRoot!;
    assert(![...card.querySelectorAll('a')].some((a) => a.href.startsWith('javascript:')), 'no javascript: link');
    includes(card.querySelector('.page')?.textContent, 'javascript:window.__pwned=1', 'the URL is shown as text');
  });
});
