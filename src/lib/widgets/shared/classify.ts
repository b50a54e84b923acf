/** Exercises that put each item in one of a few categories (philosophies, CRM types). */
import type { SharedText } from './schema';
import { fill } from './template';

export type Assignment<C extends string> = { id: string; chosen: C | null; correct: boolean };

/** Grades the learner's choices; an item left unanswered is not correct. */
export function gradeAssignments<C extends string>(
	items: readonly { id: string; answer: C }[],
	chosen: Readonly<Record<string, C | ''>>
): { feedback: Assignment<C>[]; score: number; answered: number } {
	const feedback = items.map((item) => {
		const pick = chosen[item.id] || null;
		return { id: item.id, chosen: pick, correct: pick === item.answer };
	});
	return {
		feedback,
		score: feedback.filter((f) => f.correct).length,
		answered: feedback.filter((f) => f.chosen !== null).length
	};
}

/** A verdict line for the whole exercise, in the words of content/widgets/shared.json. */
export function summary(
	score: number,
	answered: number,
	total: number,
	words: SharedText['classify']['verdict']
): string {
	if (answered < total) return fill(words.incomplete, { answered, total, score });
	if (score === total) return fill(words.allRight, { total });
	return fill(words.someWrong, { score, total });
}
