import { describe, expect, it } from 'vitest';
import type { Question } from './bank';
import { isCorrect, type Response } from './grade';

const base = { id: 'c-001', difficulty: 1 as const, ref: 'c#m', prompt: '?', explanation: '.' };
const single: Question = { ...base, type: 'single', options: ['a', 'b', 'c', 'd'], answer: 2 };
const multiple: Question = {
	...base,
	type: 'multiple',
	options: ['a', 'b', 'c', 'd'],
	answer: [0, 3]
};
const truefalse: Question = { ...base, type: 'truefalse', answer: false };
const numeric: Question = { ...base, type: 'numeric', answer: 6666667, unit: 'đồng', tolerance: 1 };
const ordering: Question = { ...base, type: 'ordering', items: ['1', '2', '3', '4'] };
const matching: Question = {
	...base,
	type: 'matching',
	pairs: [
		{ left: 'E', right: 'kỳ vọng' },
		{ left: 'P', right: 'cảm nhận' },
		{ left: 'r', right: 'giữ chân' }
	]
};

describe('isCorrect', () => {
	it.each<[Question, Response | undefined, boolean]>([
		[single, { type: 'single', choice: 2 }, true],
		[single, { type: 'single', choice: 1 }, false],
		[single, undefined, false],
		[single, { type: 'truefalse', choice: true }, false],
		[multiple, { type: 'multiple', choices: [3, 0] }, true],
		[multiple, { type: 'multiple', choices: [0] }, false],
		[multiple, { type: 'multiple', choices: [0, 3, 1] }, false],
		[multiple, { type: 'multiple', choices: [0, 0] }, false],
		[truefalse, { type: 'truefalse', choice: false }, true],
		[truefalse, { type: 'truefalse', choice: true }, false],
		[numeric, { type: 'numeric', value: 6666667 }, true],
		[numeric, { type: 'numeric', value: 6666666 }, true],
		[numeric, { type: 'numeric', value: 6666668 }, true],
		[numeric, { type: 'numeric', value: 6666665 }, false],
		[numeric, { type: 'numeric', value: Number.NaN }, false],
		[{ ...numeric, answer: 0.3, tolerance: 0 }, { type: 'numeric', value: 0.1 + 0.2 }, true],
		[ordering, { type: 'ordering', order: [0, 1, 2, 3] }, true],
		[ordering, { type: 'ordering', order: [1, 0, 2, 3] }, false],
		[ordering, { type: 'ordering', order: [0, 1, 2] }, false],
		[matching, { type: 'matching', rights: [0, 1, 2] }, true],
		[matching, { type: 'matching', rights: [0, 2, 1] }, false],
		[matching, { type: 'matching', rights: [0, 1] }, false]
	])('%# %o', (question, response, expected) => {
		expect(isCorrect(question, response)).toBe(expected);
	});
});
