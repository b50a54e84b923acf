import type { SafeStorage } from '$lib/site/storage';

/**
 * What the live pages keep in the browser (a seat, a host token), through the site's one
 * storage accessor: it never throws, and when the browser blocks storage it keeps the
 * values in memory for the page's life, so a student can still join and answer.
 */
export type LiveStorage = Pick<SafeStorage, 'read' | 'write' | 'remove'>;

/** The parsed value under `key`, or null when there is none or it is not JSON. */
export function readJson<T>(storage: LiveStorage, key: string): T | null {
	try {
		return JSON.parse(storage.read(key) ?? 'null') as T | null;
	} catch {
		return null;
	}
}
