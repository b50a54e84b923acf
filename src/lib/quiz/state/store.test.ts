import { describe, expect, it } from 'vitest';
import { PROGRESS_FORMAT, withAnswer } from '../core/progress';
import { ProgressStore, PROGRESS_KEY, type KeyValueStorage } from './store';

const T = Date.UTC(2026, 10, 23);

/** An in-memory localStorage, optionally with a quota. */
function memoryStorage(quota = Infinity): KeyValueStorage & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (k) => data.get(k) ?? null,
		setItem: (k, v) => {
			if (v.length > quota) throw new DOMException('full', 'QuotaExceededError');
			data.set(k, v);
		},
		removeItem: (k) => void data.delete(k)
	};
}

describe('ProgressStore', () => {
	it('saves, and survives a new page load', () => {
		const storage = memoryStorage();
		const store = new ProgressStore(storage, () => T);
		expect(store.save((p) => withAnswer(p, 'q1', true, T)).ok).toBe(true);
		expect(new ProgressStore(storage, () => T).progress.answers['q1']!.right).toBe(1);
	});

	it('sets corrupt data aside as a backup and tells the learner', () => {
		const storage = memoryStorage();
		storage.setItem(PROGRESS_KEY, '{"format":"crm-lab-progress", broken');
		const store = new ProgressStore(storage, () => T);
		expect(store.notice).toMatch(/không đọc được/);
		expect(storage.getItem(`${PROGRESS_KEY}:backup:${T}`)).toBe(
			'{"format":"crm-lab-progress", broken'
		);
		expect(store.progress.answers).toEqual({});
		expect(store.save().ok).toBe(true);
	});

	it('never overwrites data saved by a newer version', () => {
		const storage = memoryStorage();
		const newer = JSON.stringify({ format: PROGRESS_FORMAT, version: 99, stuff: 1 });
		storage.setItem(PROGRESS_KEY, newer);
		const store = new ProgressStore(storage, () => T);
		expect(store.readOnly).toBe(true);
		expect(store.save((p) => withAnswer(p, 'q', true, T)).ok).toBe(false);
		expect(store.reset().ok).toBe(false);
		expect(storage.getItem(PROGRESS_KEY)).toBe(newer);
	});

	it('lets two tabs add to each other instead of overwriting', () => {
		const storage = memoryStorage();
		const tab1 = new ProgressStore(storage, () => T);
		const tab2 = new ProgressStore(storage, () => T + 1);
		tab1.save((p) => withAnswer(p, 'q1', true, T));
		tab2.save((p) => withAnswer(p, 'q2', true, T + 1));
		const saved = new ProgressStore(storage, () => T + 2).progress;
		expect(Object.keys(saved.answers).sort()).toEqual(['q1', 'q2']);
	});

	it('reports a full storage quota instead of swallowing it, and keeps the answer in the tab', () => {
		const store = new ProgressStore(memoryStorage(10), () => T);
		const result = store.save((p) => withAnswer(p, 'q1', true, T));
		expect(result).toEqual({ ok: false, message: expect.stringMatching(/đã đầy/) });
		expect(store.progress.answers['q1']).toBeDefined();
	});

	it('exports and imports; a bad file changes nothing', () => {
		const source = new ProgressStore(memoryStorage(), () => T);
		source.save((p) => withAnswer(p, 'q1', true, T));
		const file = source.exportText();

		const storage = memoryStorage();
		const target = new ProgressStore(storage, () => T + 9);
		target.save((p) => withAnswer(p, 'q9', false, T + 9));
		const before = storage.getItem(PROGRESS_KEY);
		for (const bad of ['garbage', '{"format":"crm-lab-progress","version":7}', '[]']) {
			expect(target.importText(bad).ok).toBe(false);
			expect(storage.getItem(PROGRESS_KEY)).toBe(before);
		}
		expect(target.importText(file)).toEqual({ ok: true });
		expect(Object.keys(target.progress.answers).sort()).toEqual(['q1', 'q9']);
	});
});
