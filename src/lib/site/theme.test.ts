import { describe, expect, it } from 'vitest';
import { THEME_KEY, effectiveTheme, parseTheme, readSavedTheme, saveTheme } from './theme';

function memoryStorage(initial: Record<string, string> = {}) {
	const data = new Map(Object.entries(initial));
	return {
		getItem: (k: string) => data.get(k) ?? null,
		setItem: (k: string, v: string) => void data.set(k, v),
		data
	};
}

describe('theme', () => {
	it('follows the system until the learner chooses', () => {
		expect(effectiveTheme(null, true)).toBe('dark');
		expect(effectiveTheme(null, false)).toBe('light');
		expect(effectiveTheme('light', true)).toBe('light');
		expect(effectiveTheme('dark', false)).toBe('dark');
	});

	it('ignores anything saved that is not a theme', () => {
		expect(parseTheme('dark')).toBe('dark');
		expect(parseTheme('blue')).toBeNull();
		expect(readSavedTheme(memoryStorage({ [THEME_KEY]: '{"x":1}' }))).toBeNull();
	});

	it('saves and reads back a choice', () => {
		const storage = memoryStorage();
		expect(saveTheme(storage, 'dark')).toBe(true);
		expect(storage.data.get(THEME_KEY)).toBe('dark');
		expect(readSavedTheme(storage)).toBe('dark');
	});

	it('survives a browser that refuses storage', () => {
		const refusing = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new Error('QuotaExceededError');
			}
		};
		expect(readSavedTheme(refusing)).toBeNull();
		expect(saveTheme(refusing, 'dark')).toBe(false);
	});
});
