import { describe, expect, it } from 'vitest';
import { emptyProgress, PROGRESS_FORMAT, withAnswer } from '../core/progress';
import { blockedStorage, fakeStorage } from '$lib/site/fake-storage';
import { SafeStorage } from '$lib/site/storage';
import { importSizeProblem, ProgressStore, PROGRESS_KEY } from './store';

const T = Date.UTC(2026, 10, 23);

/** The site's storage accessor over an in-memory Storage, optionally with a quota. */
function storageOf(quota = Infinity) {
	const backing = fakeStorage(quota);
	return { backing, storage: new SafeStorage(() => backing) };
}

describe('ProgressStore', () => {
	it('saves, and survives a new page load', () => {
		const { storage } = storageOf();
		const store = new ProgressStore(storage, () => T);
		expect(store.save((p) => withAnswer(p, 'q1', true, T)).ok).toBe(true);
		expect(new ProgressStore(storage, () => T).progress.answers['q1']!.right).toBe(1);
	});

	it('sets corrupt data aside as a backup and tells the learner', () => {
		const { backing, storage } = storageOf();
		backing.setItem(PROGRESS_KEY, '{"format":"crm-lab-progress", broken');
		const store = new ProgressStore(storage, () => T);
		expect(store.notice).toMatch(/không đọc được/);
		expect(store.backupKey).toBe(`${PROGRESS_KEY}:backup:${T}`);
		expect(backing.getItem(`${PROGRESS_KEY}:backup:${T}`)).toBe(
			'{"format":"crm-lab-progress", broken'
		);
		expect(store.progress.answers).toEqual({});
		expect(store.save().ok).toBe(true);
	});

	it('sets aside unreadable data found at save time instead of saving over it', () => {
		const { backing, storage } = storageOf();
		const store = new ProgressStore(storage, () => T);
		backing.setItem(PROGRESS_KEY, '{broken by another tab');
		expect(store.save((p) => withAnswer(p, 'q1', true, T)).ok).toBe(true);
		expect(store.backupKey).toBe(`${PROGRESS_KEY}:backup:${T}`);
		expect(backing.getItem(store.backupKey!)).toBe('{broken by another tab');
		expect(store.notice).toMatch(/không đọc được/);
	});

	it('with no room for the copy, holds corrupt data until it is downloaded or cleared', () => {
		const corrupt = `{broken ${'x'.repeat(200)}`;
		const { backing, storage } = storageOf(corrupt.length + PROGRESS_KEY.length + 50);
		backing.setItem(PROGRESS_KEY, corrupt);
		const store = new ProgressStore(storage, () => T);
		expect(store.notice).toMatch(/không sao lưu được.*không ghi đè/);
		expect(store.holdsUnsaved).toBe(true);
		expect(store.save((p) => withAnswer(p, 'q1', true, T))).toEqual({
			ok: false,
			message: expect.stringMatching(/chưa được sao lưu/)
		});
		expect(backing.getItem(PROGRESS_KEY)).toBe(corrupt);
		expect(store.heldText()).toBe(corrupt);

		store.releaseHeld();
		expect(backing.getItem(PROGRESS_KEY)).toBeNull();
		expect(store.save((p) => withAnswer(p, 'q1', true, T)).ok).toBe(true);

		backing.setItem(PROGRESS_KEY, corrupt);
		const cleared = new ProgressStore(storage, () => T);
		expect(cleared.reset().ok).toBe(true);
		expect(backing.getItem(PROGRESS_KEY)).toBeNull();
	});

	it('keeps a copy of version 1 data whose attempts the migration cannot carry', () => {
		const { backing, storage } = storageOf();
		const v1 = JSON.stringify({
			format: PROGRESS_FORMAT,
			version: 1,
			savedAt: T,
			history: { q1: [{ at: T, right: true }] },
			attempts: [{ id: 'old', score: 7 }]
		});
		backing.setItem(PROGRESS_KEY, v1);
		const store = new ProgressStore(storage, () => T + 1);
		expect(store.notice).toMatch(/1 lần làm bài cũ không đọc được/);
		expect(backing.getItem(`${PROGRESS_KEY}:backup:${T + 1}`)).toBe(v1);
		expect(store.progress.answers['q1']!.right).toBe(1);
		// Migrated once: the next load finds version 2 and makes no second copy.
		expect(JSON.parse(backing.getItem(PROGRESS_KEY)!).version).toBe(2);
		expect(new ProgressStore(storage, () => T + 2).notice).toBeNull();
	});

	it('never overwrites data saved by a newer version', () => {
		const { backing, storage } = storageOf();
		const newer = JSON.stringify({ format: PROGRESS_FORMAT, version: 99, stuff: 1 });
		backing.setItem(PROGRESS_KEY, newer);
		const store = new ProgressStore(storage, () => T);
		expect(store.readOnly).toBe(true);
		expect(store.save((p) => withAnswer(p, 'q', true, T)).ok).toBe(false);
		expect(store.reset().ok).toBe(false);
		expect(backing.getItem(PROGRESS_KEY)).toBe(newer);
	});

	it('lets two tabs add to each other instead of overwriting', () => {
		const { storage } = storageOf();
		const tab1 = new ProgressStore(storage, () => T);
		const tab2 = new ProgressStore(storage, () => T + 1);
		tab1.save((p) => withAnswer(p, 'q1', true, T));
		tab2.save((p) => withAnswer(p, 'q2', true, T + 1));
		const saved = new ProgressStore(storage, () => T + 2).progress;
		expect(Object.keys(saved.answers).sort()).toEqual(['q1', 'q2']);
	});

	it('reports a full storage quota instead of swallowing it, and keeps the answer in the tab', () => {
		const store = new ProgressStore(storageOf(100).storage, () => T);
		const result = store.save((p) => withAnswer(p, 'q1', true, T));
		expect(result).toEqual({ ok: false, message: expect.stringMatching(/đã đầy/), kept: false });
		expect(store.progress.answers['q1']).toBeDefined();
	});

	it('with storage blocked, keeps answers and imports in memory and says so', () => {
		const storage = new SafeStorage(blockedStorage);
		const store = new ProgressStore(storage, () => T);
		const result = store.save((p) => withAnswer(p, 'q1', true, T));
		expect(result).toMatchObject({ ok: false, kept: true });
		expect(!result.ok && result.message).toMatch(/giữ trong trang này/);
		const file = JSON.stringify(withAnswer(emptyProgress(T), 'q2', true, T));
		expect(store.importText(file).ok).toBe(false);
		expect(Object.keys(store.progress.answers).sort()).toEqual(['q1', 'q2']);
		expect(new ProgressStore(storage, () => T).progress.answers['q2']).toBeDefined();
	});

	it('exports and imports; a bad file changes nothing', () => {
		const source = new ProgressStore(storageOf().storage, () => T);
		source.save((p) => withAnswer(p, 'q1', true, T));
		const file = source.exportText();

		const { backing, storage } = storageOf();
		const target = new ProgressStore(storage, () => T + 9);
		target.save((p) => withAnswer(p, 'q9', false, T + 9));
		const before = backing.getItem(PROGRESS_KEY);
		for (const bad of ['garbage', '{"format":"crm-lab-progress","version":7}', '[]']) {
			expect(target.importText(bad).ok).toBe(false);
			expect(backing.getItem(PROGRESS_KEY)).toBe(before);
		}
		expect(target.importText(file)).toEqual({ ok: true });
		expect(Object.keys(target.progress.answers).sort()).toEqual(['q1', 'q9']);
	});

	it('refuses a file over the size limit by its size, naming the limit', () => {
		expect(importSizeProblem(300_000)).toBeNull();
		expect(importSizeProblem(50 * 1024 * 1024)).toBe(
			'Tệp quá lớn (50,0 MB): tệp tiến độ không quá 2 MB. Hãy chọn tệp đã xuất từ trang Tiến độ.'
		);
	});
});
