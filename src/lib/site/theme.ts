import { siteStorage, type SafeStorage } from './storage';

/** Light or dark. With nothing saved the site follows the system setting. */
export type Theme = 'light' | 'dark';

/** localStorage key; app.html reads it too, before the first paint. */
export const THEME_KEY = 'crm-lab:theme';

export function parseTheme(value: unknown): Theme | null {
	return value === 'light' || value === 'dark' ? value : null;
}

/** The theme in force: the saved choice if any, else the system's. */
export function effectiveTheme(saved: Theme | null, systemPrefersDark: boolean): Theme {
	return saved ?? (systemPrefersDark ? 'dark' : 'light');
}

export function readSavedTheme(storage: Pick<SafeStorage, 'read'> = siteStorage): Theme | null {
	return parseTheme(storage.read(THEME_KEY));
}

/**
 * Saves the choice; false when it cannot outlive the page (storage blocked or full: the
 * choice still applies for this visit).
 */
export function saveTheme(
	theme: Theme,
	storage: Pick<SafeStorage, 'write'> = siteStorage
): boolean {
	return storage.write(THEME_KEY, theme).ok;
}
