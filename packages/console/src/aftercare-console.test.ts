/**
 * Browser tests of `<aftercare-console>`: signing in and out with a token
 * kept in sessionStorage, a token revoked while in use, the language switch
 * and the theme. The network edge is faked (testing/fake-api.ts).
 */
import { assert, equal, includes, waitFor } from './testing/assert.js';
import { fakeApi, type FakeApi } from './testing/fake-api.js';
import { ME, TOKEN, sampleDesk } from './testing/fixtures.js';
import { cleanUp, deep, fill, mountConsole, waitForDeep } from './testing/mount.js';
import { setLocale } from './i18n/locales.js';

describe('<aftercare-console>', () => {
  let api: FakeApi;
  beforeEach(() => {
    api = fakeApi(sampleDesk());
  });
  afterEach(() => {
    api.restore();
    setLocale('en');
    cleanUp();
  });

  async function signIn(token: string) {
    const input = await waitForDeep<HTMLInputElement>(document, 'aftercare-console', 'ac-sign-in', 'input');
    fill(input, token);
    deep<HTMLButtonElement>(document, 'aftercare-console', 'ac-sign-in', 'button[type="submit"]')!.click();
  }

  it('asks for a token, refuses a wrong one and keeps nothing', async () => {
    await mountConsole();
    deep<HTMLButtonElement>(document, 'aftercare-console', 'ac-sign-in', 'button[type="submit"]')!.click();
    const alert = await waitForDeep(document, 'aftercare-console', 'ac-sign-in', '[role="alert"]');
    equal(alert.textContent?.trim(), 'Please paste your API token.', 'empty token');
    equal(api.requests.length, 0, 'requests for an empty token');
    await signIn('act_wrong');
    await waitFor(() => deep(document, 'aftercare-console', 'ac-sign-in', '[role="alert"]')?.textContent?.includes('not valid'), 'error');
    equal(sessionStorage.getItem('aftercare.console.token'), null, 'stored token');
  });

  it('signs in with a good token, keeps it for the tab, and sends it as a bearer token', async () => {
    await mountConsole();
    await signIn(`  ${TOKEN} `);
    await waitForDeep(document, 'aftercare-console', 'ac-inbox', 'tbody tr');
    equal(sessionStorage.getItem('aftercare.console.token'), TOKEN, 'stored token');
    equal(api.requests[0]?.headers.get('authorization'), `Bearer ${TOKEN}`, 'authorization');
    includes(deep(document, 'aftercare-console', 'ac-app-header', '.who')?.textContent, ME.name, 'agent name');
  });

  it('uses the kept token without asking, and sign out forgets it', async () => {
    sessionStorage.setItem('aftercare.console.token', TOKEN);
    await mountConsole();
    await waitForDeep(document, 'aftercare-console', 'ac-inbox');
    const signOut = [...deep(document, 'aftercare-console', 'ac-app-header')!.shadowRoot!.querySelectorAll('button')].at(-1)!;
    signOut.click();
    await waitForDeep(document, 'aftercare-console', 'ac-sign-in');
    equal(sessionStorage.getItem('aftercare.console.token'), null, 'token after sign out');
  });

  it('goes back to sign-in when the token is refused while in use', async () => {
    sessionStorage.setItem('aftercare.console.token', TOKEN);
    await mountConsole('/console/tickets/tkt_2');
    await waitForDeep(document, 'aftercare-console', 'ac-ticket', 'ac-composer');
    api.failNext('/tickets/tkt_2', 401, 'invalid_token');
    const composer = deep(document, 'aftercare-console', 'ac-ticket', 'ac-composer')!;
    fill(composer.shadowRoot!.querySelector('textarea')!, 'Hello');
    composer.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const alert = await waitForDeep(document, 'aftercare-console', 'ac-sign-in', '[role="alert"]');
    await waitFor(() => alert.textContent?.includes('session has ended'), 'expired message');
    equal(sessionStorage.getItem('aftercare.console.token'), null, 'token forgotten');
  });

  it('switches to Simplified Chinese and remembers it; follows a dark theme choice', async () => {
    sessionStorage.setItem('aftercare.console.token', TOKEN);
    const root = await mountConsole();
    await waitForDeep(document, 'aftercare-console', 'ac-inbox', 'tbody tr');
    fill(deep<HTMLSelectElement>(document, 'aftercare-console', 'ac-app-header', '#locale')!, 'zh-CN');
    await waitFor(() => deep(document, 'aftercare-console', 'ac-inbox', 'h1')?.textContent === '工单队列', 'Chinese title');
    equal(localStorage.getItem('aftercare.console.locale'), 'zh-CN', 'stored locale');
    includes(deep(document, 'aftercare-console', 'ac-inbox', 'tbody')?.textContent, '紧急', 'severity in Chinese');
    fill(deep<HTMLSelectElement>(document, 'aftercare-console', 'ac-app-header', '#theme')!, 'dark');
    await root.updateComplete;
    equal(root.getAttribute('theme'), 'dark', 'theme attribute');
    assert(getComputedStyle(root).getPropertyValue('--ac-bg').trim() === '#11141b', 'dark background token');
  });
});
