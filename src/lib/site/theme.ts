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

export function readSavedTheme(storage: Pick<Storage, 'getItem'> | undefined): Theme | null {
	try {
		return parseTheme(storage?.getItem(THEME_KEY));
	} catch {
		return null; // storage blocked (private mode, sandboxed frame): follow the system
	}
}

/** Saves the choice; returns false when the browser refuses (it still applies for this visit). */
export function saveTheme(storage: Pick<Storage, 'setItem'> | undefined, theme: Theme): boolean {
	try {
		storage?.setItem(THEME_KEY, theme);
		return storage !== undefined;
	} catch {
		return false;
	}
}
