import type { Question } from './bank';

/**
 * A learner's answer, always in the bank's own indices (whatever order the screen
 * showed): `single` the chosen option; `multiple` the chosen options; `truefalse` the
 * choice; `numeric` the number typed; `ordering` the items' bank indices in the order the
 * learner put them; `matching` for each left side (by index), the right side chosen.
 */
export type Response =
	| { type: 'single'; choice: number }
	| { type: 'multiple'; choices: number[] }
	| { type: 'truefalse'; choice: boolean }
	| { type: 'numeric'; value: number }
	| { type: 'ordering'; order: number[] }
	| { type: 'matching'; rights: number[] };

/** True when `response` answers `question` exactly (no partial credit, as in the exam). */
export function isCorrect(question: Question, response: Response | undefined): boolean {
	if (!response || response.type !== question.type) return false;
	switch (question.type) {
		case 'single':
			return response.type === 'single' && response.choice === question.answer;
		case 'multiple': {
			if (response.type !== 'multiple') return false;
			const chosen = new Set(response.choices);
			return chosen.size === question.answer.length && question.answer.every((i) => chosen.has(i));
		}
		case 'truefalse':
			return response.type === 'truefalse' && response.choice === question.answer;
		case 'numeric':
			return (
				response.type === 'numeric' &&
				Number.isFinite(response.value) &&
				// a hair of slack so that 0,1 + 0,2 style rounding never fails a right answer
				Math.abs(response.value - question.answer) <= question.tolerance + 1e-9
			);
		case 'ordering':
			return (
				response.type === 'ordering' &&
				response.order.length === question.items.length &&
				response.order.every((item, position) => item === position)
			);
		case 'matching':
			return (
				response.type === 'matching' &&
				response.rights.length === question.pairs.length &&
				response.rights.every((right, left) => right === left)
			);
	}
}
