import type { Bank, Essay, Question } from './bank';

/** A synthetic bank for tests: `singles` single-choice questions of mixed difficulty. */
export function makeBank(chapter: string, singles = 30, essays = 6): Bank {
	const questions: Question[] = Array.from({ length: singles }, (_, i) => ({
		id: `${chapter}-${String(i + 1).padStart(3, '0')}`,
		type: 'single' as const,
		difficulty: ((i % 3) + 1) as 1 | 2 | 3,
		ref: `${chapter}#muc`,
		prompt: `Câu ${i + 1}?`,
		options: ['A', 'B', 'C', 'D'],
		answer: i % 4,
		explanation: 'Vì vậy.'
	}));
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

export const FIVE_BANKS = ['mot', 'hai', 'ba', 'bon', 'nam'].map((c) => makeBank(c));
