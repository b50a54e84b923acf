import { describe, expect, it } from 'vitest';
import type { Question } from '../../quiz/core/bank';
import { gradeChoices, isLiveQuestion, promptOf, toLiveQuestion, validChoices } from './questions';

const base = { difficulty: 1 as const, ref: 'a#b', prompt: 'P?', explanation: 'Vì thế.' };
const single: Question = {
	...base,
	id: 'a-001',
	type: 'single',
	options: ['w', 'x', 'y', 'z'],
	answer: 1
};
const truefalse: Question = { ...base, id: 'a-002', type: 'truefalse', answer: false };
const multiple: Question = {
	...base,
	id: 'a-003',
	type: 'multiple',
	options: ['w', 'x', 'y', 'z'],
	answer: [3, 0]
};
const numeric: Question = {
	...base,
	id: 'a-004',
	type: 'numeric',
	answer: 3,
	unit: 'lần',
	tolerance: 0
};

describe('live questions', () => {
	it('take the choice types of the bank', () => {
		expect([single, truefalse, multiple, numeric].map(isLiveQuestion)).toEqual([
			true,
			true,
			true,
			false
		]);
	});

	it.each([
		[single, [1], true],
		[single, [0], false],
		[truefalse, [1], true],
		[truefalse, [0], false],
		[multiple, [0, 3], true],
		[multiple, [3, 0], true],
		[multiple, [0], false],
		[multiple, [0, 2, 3], false]
	])('grade %# like the quiz core', (q, choices, right) => {
		if (!isLiveQuestion(q)) throw new Error('not live');
		expect(gradeChoices(toLiveQuestion(q), choices)).toBe(right);
	});

	it('check the form of an answer', () => {
		const live = toLiveQuestion(single as never);
		expect([[1], [], [4], [1, 1], [0, 1]].map((c) => validChoices(live, c))).toEqual([
			true,
			false,
			false,
			false,
			false
		]);
		expect(validChoices(toLiveQuestion(multiple as never), [0, 1])).toBe(true);
	});

	it('send phones no key before the reveal', () => {
		const prompt = promptOf(toLiveQuestion(single as never));
		expect(Object.keys(prompt).sort()).toEqual(['id', 'options', 'prompt', 'type']);
	});
});
