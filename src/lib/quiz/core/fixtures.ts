import type { Bank, Essay, Question } from './bank';
import type { Response } from './grade';

const difficultyOf = (i: number) => ((i % 3) + 1) as 1 | 2 | 3;

/**
 * A synthetic bank for tests: `singles` single-choice questions of mixed difficulty, then
 * `truefalse` true/false and `numeric` calculation items, also of mixed difficulty.
 */
export function makeBank(
	chapter: string,
	singles = 30,
	essays = 6,
	{ truefalse = 0, numeric = 0 } = {}
): Bank {
	const base = (i: number) => ({
		id: `${chapter}-${String(i + 1).padStart(3, '0')}`,
		difficulty: difficultyOf(i),
		ref: `${chapter}#muc`,
		prompt: `Câu ${i + 1}?`,
		explanation: 'Vì vậy.'
	});
	const questions: Question[] = [
		...Array.from({ length: singles }, (_, i) => ({
			...base(i),
			type: 'single' as const,
			options: ['A', 'B', 'C', 'D'],
			answer: i % 4
		})),
		...Array.from({ length: truefalse }, (_, j) => ({
			...base(singles + j),
			type: 'truefalse' as const,
			answer: j % 2 === 0
		})),
		...Array.from({ length: numeric }, (_, j) => ({
			...base(singles + truefalse + j),
			type: 'numeric' as const,
			answer: 100 + j,
			unit: 'triệu đồng',
			tolerance: 0.5
		}))
	];
	const prompts: Essay[] = Array.from({ length: essays }, (_, i) => ({
		id: `${chapter}-tl-${i + 1}`,
		ref: `${chapter}#muc`,
		prompt: `Trình bày ${i + 1}.`,
		outline: ['a', 'b', 'c'],
		rubric: [
			{ point: 'a', weight: 0.5 },
			{ point: 'b', weight: 1 },
			{ point: 'c', weight: 0.5 }
		]
	}));
	return { chapter, cases: [], questions, essays: prompts };
}

/** Five chapters of 30 single-choice, 3 true/false and 3 calculation items each. */
export const FIVE_BANKS = ['mot', 'hai', 'ba', 'bon', 'nam'].map((c) =>
	makeBank(c, 30, 6, { truefalse: 3, numeric: 3 })
);

/** The right answer to an exam item (single choice, true/false or calculation). */
export function rightAnswer(q: Question): Response {
	if (q.type === 'single') return { type: 'single', choice: q.answer };
	if (q.type === 'truefalse') return { type: 'truefalse', choice: q.answer };
	if (q.type === 'numeric') return { type: 'numeric', value: q.answer };
	throw new Error(`no exam item is of type ${q.type}`);
}
