/**
 * Helpers of the administration tests: sign in as an instance admin, open
 * an admin screen and get its shadow root.
 */
import type { FakeApi } from './fake-api.js';
import { TOKEN } from './fixtures.js';
import { mountConsole, waitForDeep } from './mount.js';

/** Makes the signed-in agent an instance admin (Ada). */
export function asInstanceAdmin(api: FakeApi): void {
  api.me = { id: 'agent_admin', name: 'Ada Admin', role: 'admin', projects: [{ id: 'prj_1', name: 'Shop', slug: 'shop', role: 'admin' }] };
}

/** Opens an admin screen and waits for its element. */
export async function openAdmin(section: string, element: string): Promise<ShadowRoot> {
  sessionStorage.setItem('aftercare.console.token', TOKEN);
  await mountConsole(`/console/admin/${section}`);
  return (await waitForDeep(document, 'aftercare-console', 'ac-admin', element)).shadowRoot!;
}
