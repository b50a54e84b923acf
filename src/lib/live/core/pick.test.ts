import { describe, expect, it } from 'vitest';
import type { Bank, Question } from '../../quiz/core/bank';
import { pickLiveQuestions } from './pick';

const q = (chapter: string, n: number, type: 'single' | 'numeric' = 'single'): Question =>
	type === 'single'
		? {
				id: `${chapter}-${String(n).padStart(3, '0')}`,
				type,
				difficulty: 1,
				ref: `${chapter}#x`,
				prompt: 'P',
				explanation: 'E',
				options: ['a', 'b', 'c', 'd'],
				answer: 0
			}
		: {
				id: `${chapter}-${String(n).padStart(3, '0')}`,
				type,
				difficulty: 1,
				ref: `${chapter}#x`,
				prompt: 'P',
				explanation: 'E',
				answer: 1,
				unit: 'x',
				tolerance: 0
			};
const bank = (chapter: string, n: number): Bank => ({
	chapter,
	cases: [],
	essays: [],
	questions: [...Array.from({ length: n }, (_, i) => q(chapter, i + 1)), q(chapter, 99, 'numeric')]
});

describe('pickLiveQuestions', () => {
	const banks = [bank('a', 10), bank('b', 3)];

	it('shares the questions out over the chapters, only choice types, no repeats', () => {
		const ids = pickLiveQuestions(banks, 6, 1);
		expect(ids).toHaveLength(6);
		expect(new Set(ids).size).toBe(6);
		expect(ids.filter((id) => id.startsWith('b-'))).toHaveLength(3);
		expect(ids.some((id) => id.endsWith('-099'))).toBe(false);
	});

	it('gives all there is when the chapters have fewer', () => {
		expect(pickLiveQuestions(banks, 20, 1)).toHaveLength(13);
	});

	it('is the same for the same seed', () => {
		expect(pickLiveQuestions(banks, 5, 7)).toEqual(pickLiveQuestions(banks, 5, 7));
		expect(pickLiveQuestions(banks, 5, 7)).not.toEqual(pickLiveQuestions(banks, 5, 8));
	});
});
