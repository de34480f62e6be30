/**
 * Where the signed-in agent's API token lives: sessionStorage, so it lasts
 * for this browser tab and is gone when the tab closes or the agent signs out.
 */

const TOKEN_KEY = 'aftercare.console.token';
const PROJECT_KEY = 'aftercare.console.project';

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/** The stored token, if any. */
export function loadToken(): string | null {
  return storage()?.getItem(TOKEN_KEY) ?? null;
}

/** Keeps the token for this tab. */
export function saveToken(token: string): void {
  storage()?.setItem(TOKEN_KEY, token);
}

/** The project the agent last worked in, in this tab. */
export function loadProjectId(): string | null {
  return storage()?.getItem(PROJECT_KEY) ?? null;
}

/** Remembers the project the agent works in. */
export function saveProjectId(projectId: string): void {
  storage()?.setItem(PROJECT_KEY, projectId);
}

/**
 * Forgets everything the console kept for this tab.
 *
 * @example
 * signOutButton.onclick = () => { clearSession(); location.reload(); };
 */
export function clearSession(): void {
  storage()?.removeItem(TOKEN_KEY);
  storage()?.removeItem(PROJECT_KEY);
}
