import { describe, expect, it } from 'vitest';
import { blockedStorage, fakeStorage } from './fake-storage';
import { SafeStorage } from './storage';
import { THEME_KEY, effectiveTheme, parseTheme, readSavedTheme, saveTheme } from './theme';

function storageWith(initial: Record<string, string> = {}) {
	const backing = fakeStorage();
	for (const [k, v] of Object.entries(initial)) backing.setItem(k, v);
	return { backing, storage: new SafeStorage(() => backing) };
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
		expect(readSavedTheme(storageWith({ [THEME_KEY]: '{"x":1}' }).storage)).toBeNull();
	});

	it('saves and reads back a choice', () => {
		const { backing, storage } = storageWith();
		expect(saveTheme('dark', storage)).toBe(true);
		expect(backing.getItem(THEME_KEY)).toBe('dark');
		expect(readSavedTheme(storage)).toBe('dark');
	});

	it('survives a browser that blocks storage: the choice lasts for the visit', () => {
		const storage = new SafeStorage(blockedStorage);
		expect(readSavedTheme(storage)).toBeNull();
		expect(saveTheme('dark', storage)).toBe(false);
		expect(readSavedTheme(storage)).toBe('dark');
	});
});
