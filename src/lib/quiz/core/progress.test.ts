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

const T = Date.UTC(2026, 10, 23);

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
		expect(result.lost).toBeUndefined();
	});

	it('says what migrating version 1 had to leave out', () => {
		const v1 = {
			format: PROGRESS_FORMAT,
			version: 1,
			savedAt: T,
			history: {},
			attempts: [{ id: 'old', score: 7 }, 'garbage']
		};
		const result = readProgress(JSON.stringify(v1));
		expect(result).toMatchObject({ ok: true, lost: '2 lần làm bài cũ không đọc được' });
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
