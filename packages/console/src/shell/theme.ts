/**
 * The agent's theme choice: follow the system, or force light or dark. Kept
 * in localStorage, since it is a preference and not a secret.
 */

/** The theme choices. */
export const THEMES = ['auto', 'light', 'dark'] as const;
/** A theme choice. */
export type Theme = (typeof THEMES)[number];

const KEY = 'aftercare.console.theme';

/** The stored choice, `auto` when none. */
export function loadTheme(): Theme {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'auto';
  } catch {
    return 'auto';
  }
}

/**
 * Remembers the choice.
 *
 * @example
 * saveTheme('dark');
 */
export function saveTheme(theme: Theme): void {
  try {
    if (theme === 'auto') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, theme);
  } catch {
    // Storage may be off; the choice still applies to this page.
  }
}
