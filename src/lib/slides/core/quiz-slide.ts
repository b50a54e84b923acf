/**
 * Quiz slides: `<!-- slide quiz="question-id" -->` in a chapter shows that question of the
 * chapter's bank, its answer revealed on a key. Pure.
 */
import type { Question } from '../../quiz/core/bank';

export type SlideQuestion = {
	id: string;
	prompt: string;
	options: string[];
	/** Index into options. */
	answer: number;
	explanation: string;
};

/** The question ids a chapter file's slide blocks name. */
export const quizIdsIn = (source: string): string[] =>
	[...source.matchAll(/^<!--\s*slide\b[^>]*\bquiz="([^"]+)"[^>]*-->$/gm)].map((m) => m[1]!);

/** A question as a slide shows it; only single-choice and true/false questions fit one. */
export function toSlideQuestion(question: Question): SlideQuestion | null {
	const { id, prompt, explanation } = question;
	if (question.type === 'single')
		return { id, prompt, options: [...question.options], answer: question.answer, explanation };
	if (question.type === 'truefalse')
		return { id, prompt, options: ['Đúng', 'Sai'], answer: question.answer ? 0 : 1, explanation };
	return null;
}

/** The live classroom's host page with this question ready to run (the quiz slide's L key). */
export const liveQuestionHref = (id: string) => `/lop?cau=${encodeURIComponent(id)}`;
