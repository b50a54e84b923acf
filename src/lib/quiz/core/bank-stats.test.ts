import { describe, expect, it } from 'vitest';
import type { Bank, Question } from './bank';
import { bankProblems, bankStats, keyIsLongest } from './bank-stats';

const single = (id: string, options: string[], answer: number, difficulty: 1 | 2 | 3 = 1) =>
	({
		id,
		type: 'single',
		difficulty,
		ref: 'c#s',
		prompt: '?',
		explanation: '.',
		options,
		answer
	}) as Question;

const bank = (questions: Question[]): Bank => ({ chapter: 'c', cases: [], questions, essays: [] });

describe('bank figures', () => {
	it.each([
		{ options: ['dài nhất ở đây', 'ngắn', 'ngắn', 'ngắn'], answer: 0, longest: true },
		{ options: ['bằng nhau', 'bằng nhau!', 'x', 'y'], answer: 0, longest: false },
		{ options: ['abc', 'abc', 'x', 'y'], answer: 0, longest: false }
	])('the key of $options is strictly longest: $longest', ({ options, answer, longest }) => {
		expect(keyIsLongest(single('c-001', options, answer) as never)).toBe(longest);
	});

	it('counts the longest-key share, key positions, hard share and absolute-word cues', () => {
		const stats = bankStats(
			bank([
				single('c-001', ['đáp án dài nhất', 'b', 'c', 'd'], 0, 3),
				single('c-002', ['a', 'b', 'c', 'luôn luôn sai'], 1),
				single('c-003', ['a', 'bb', 'chỉ cần thế', 'luôn đúng vậy'], 3, 3),
				single('c-004', ['aa', 'b', 'c', 'd'], 2),
				{
					id: 'c-005',
					type: 'numeric',
					difficulty: 2,
					ref: 'c#s',
					prompt: '?',
					explanation: '.',
					answer: 1,
					unit: '%',
					tolerance: 0
				}
			])
		);
		expect(stats.singles).toBe(4);
		expect(stats.keyLongestShare).toBe(0.5);
		expect(stats.keyPositions).toEqual([1, 1, 1, 1]);
		expect(stats.hardShare).toBe(0.4);
		expect(stats.caseOrCalculationShare).toBe(0.2);
		expect(stats.absoluteOnlyInDistractors).toEqual(['c-002']);
		expect(stats.byType).toEqual({ single: 4, numeric: 1 });
	});
});

describe('bank targets', () => {
	const good = {
		questions: 10,
		byType: {},
		byDifficulty: { '1': 4, '2': 4, '3': 2 },
		hardShare: 0.2,
		caseOrCalculationShare: 0.2,
		singles: 10,
		keyLongestShare: 0.3,
		keyPositions: [3, 3, 2, 2] as [number, number, number, number],
		absoluteOnlyInDistractors: [],
		essays: 6
	};

	it('finds nothing wrong with a bank on target', () => {
		expect(bankProblems('b.json', good)).toEqual([]);
	});

	it.each([
		{ change: { keyLongestShare: 0.4 }, says: /longest option in 0.4/ },
		{ change: { hardShare: 0.1 }, says: /0.1 of items are difficulty 3/ },
		{ change: { caseOrCalculationShare: 0.1 }, says: /case or calculation/ },
		{ change: { absoluteOnlyInDistractors: ['b-007'] }, says: /b-007: an absolute word/ }
	])('names the figure that misses: $change', ({ change, says }) => {
		const problems = bankProblems('b.json', { ...good, ...change });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(says);
	});
});
