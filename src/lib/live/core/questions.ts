import type { Question } from '../../quiz/core/bank';
import { isCorrect, type Response } from '../../quiz/core/grade';

/**
 * At most this many questions in a live quiz. Here rather than in room.ts: the setup page
 * needs it, and room.ts brings the class game's engine with it.
 */
export const MAX_QUESTIONS = 50;

/** The question types a class answers live: a choice among options, one tap or a few. */
export const LIVE_TYPES = ['single', 'multiple', 'truefalse'] as const;
export type LiveType = (typeof LIVE_TYPES)[number];
export type LiveQuestionSource = Extract<Question, { type: LiveType }>;

export const isLiveQuestion = (q: Question): q is LiveQuestionSource =>
	(LIVE_TYPES as readonly string[]).includes(q.type);

/** What every screen may see of a question while it is open (no key). */
export type LivePrompt = {
	id: string;
	type: LiveType;
	prompt: string;
	options: string[];
	context?: { title: string; text: string };
};

/** What is shown once the key is revealed. */
export type LiveKey = { answer: number[]; explanation: string; ref: string };

export type LiveQuestion = LivePrompt & LiveKey;

export const TRUE_FALSE_OPTIONS = ['Đúng', 'Sai'];

/** A bank question in the live form: options as a list, the key as option indices. */
export function toLiveQuestion(q: LiveQuestionSource): LiveQuestion {
	const options = q.type === 'truefalse' ? TRUE_FALSE_OPTIONS : q.options;
	const answer =
		q.type === 'single'
			? [q.answer]
			: q.type === 'multiple'
				? [...q.answer].sort((a, b) => a - b)
				: [q.answer ? 0 : 1];
	const live: LiveQuestion = {
		id: q.id,
		type: q.type,
		prompt: q.prompt,
		options,
		answer,
		explanation: q.explanation,
		ref: q.ref
	};
	if (q.context) live.context = { title: q.context.title, text: q.context.text };
	return live;
}

/** Whether `choices` is a well-formed answer to `q` (in range, no repeats, one for single). */
export function validChoices(q: LivePrompt, choices: readonly number[]): boolean {
	if (choices.length === 0 || new Set(choices).size !== choices.length) return false;
	if (!choices.every((c) => Number.isInteger(c) && c >= 0 && c < q.options.length)) return false;
	return q.type === 'multiple' || choices.length === 1;
}

/** The quiz core's response for live choices, so a live answer is graded like practice. */
export function toResponse(q: LivePrompt, choices: readonly number[]): Response {
	if (q.type === 'single') return { type: 'single', choice: choices[0]! };
	if (q.type === 'truefalse') return { type: 'truefalse', choice: choices[0] === 0 };
	return { type: 'multiple', choices: [...choices] };
}

/** Grades live choices with the quiz core (`isCorrect`), from the live form of the key. */
export function gradeChoices(q: LiveQuestion, choices: readonly number[]): boolean {
	const response = toResponse(q, choices);
	if (q.type === 'single')
		return isCorrect(
			{ ...base(q), type: 'single', options: q.options, answer: q.answer[0]! },
			response
		);
	if (q.type === 'truefalse')
		return isCorrect({ ...base(q), type: 'truefalse', answer: q.answer[0] === 0 }, response);
	return isCorrect(
		{ ...base(q), type: 'multiple', options: q.options, answer: q.answer },
		response
	);
}

const base = (q: LiveQuestion) => ({
	id: q.id,
	difficulty: 1 as const,
	ref: q.ref,
	prompt: q.prompt,
	explanation: q.explanation
});

/** The prompt part only: what is sent to phones before the reveal. */
export function promptOf(q: LiveQuestion): LivePrompt {
	const { id, type, prompt, options, context } = q;
	return context ? { id, type, prompt, options, context } : { id, type, prompt, options };
}
