import { describe, expect, it } from 'vitest';
import {
	emptyProgress,
	mastery,
	mergeProgress,
	PROGRESS_FORMAT,
	PROGRESS_VERSION,
	readProgress,
	withAnswer
} from './progress';
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

describe('reading progress', () => {
	it('reads what it wrote', () => {
		const p = withAnswer(emptyProgress(T), 'a-001', true, T);
		expect(readProgress(JSON.stringify(p))).toEqual({ ok: true, progress: p });
	});

	it('migrates version 1 to the current version', () => {
		const v1 = {
			format: PROGRESS_FORMAT,
			version: 1,
			savedAt: T,
			history: {
				'a-001': [
					{ at: T - 10, right: false },
					{ at: T - 5, right: true }
				],
				'a-002': [{ at: T - 1, right: false }]
			},
			attempts: []
		};
		const result = readProgress(JSON.stringify(v1));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.progress.version).toBe(PROGRESS_VERSION);
		expect(result.progress.answers['a-001']).toEqual({
			right: 1,
			wrong: 1,
			last: T - 5,
			lastRight: true
		});
		expect(result.progress.answers['a-002']).toEqual({
			right: 0,
			wrong: 1,
			last: T - 1,
			lastRight: false
		});
		expect(result.progress.review).toEqual({});
	});

	it.each([
		['{not json', 'not-json', /không phải JSON/],
		['{"name":"something else"}', 'not-progress', /không phải tệp tiến độ/],
		[JSON.stringify({ format: PROGRESS_FORMAT, version: 99 }), 'newer', /phiên bản dữ liệu 99/],
		[
			JSON.stringify({ ...emptyProgress(T), answers: { x: { right: -1 } } }),
			'damaged',
			/answers\.x/
		],
		[JSON.stringify({ format: PROGRESS_FORMAT, version: 1, history: 5 }), 'damaged', /phiên bản 1/]
	])('refuses %s as %s, saying why', (text, kind, message) => {
		const result = readProgress(text);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problem.kind).toBe(kind);
		expect(result.problem.message).toMatch(message);
	});
});

describe('merging and mastery', () => {
	it('keeps the latest answer per question and unites attempts', () => {
		const attempt = {
			id: 'x',
			kind: 'exam' as const,
			seed: 1,
			startedAt: T,
			finishedAt: T + 1,
			correct: 30,
			total: 40,
			points: 4.5,
			essayPoints: null,
			totalPoints: null,
			byChapter: [],
			limitChanged: false
		};
		const a = { ...withAnswer(emptyProgress(T), 'q1', false, T), attempts: [attempt] };
		const b = withAnswer(withAnswer(emptyProgress(T), 'q1', true, T + 5), 'q2', true, T + 6);
		const merged = mergeProgress(a, b);
		expect(merged.answers['q1']!.lastRight).toBe(true);
		expect(merged.answers['q2']!.lastRight).toBe(true);
		expect(merged.attempts).toEqual([attempt]);
		expect(mergeProgress(merged, merged)).toEqual(merged);
	});

	it('measures mastery as the share of questions last answered right', () => {
		const p = withAnswer(withAnswer(emptyProgress(T), 'q1', true, T), 'q2', false, T);
		expect(mastery(p, ['q1', 'q2', 'q3', 'q4'])).toBe(0.25);
		expect(mastery(p, [])).toBe(0);
	});
});

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
