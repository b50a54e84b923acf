import type { Progress } from './progress';

/** The chapter a question belongs to: "tong-quan-crm-012" → "tong-quan-crm". */
export const chapterOfQuestion = (questionId: string) => questionId.replace(/-\d{3}$/, '');

export type ChapterMastery = {
	chapter: string;
	/** Questions in the bank. */
	total: number;
	/** Questions answered at least once. */
	answered: number;
	/** Questions whose latest answer was right. */
	mastered: number;
	/**
	 * mastered ÷ answered, 0–1: how well the learner knows what they have practised. A bank
	 * of 300 questions after 20 right answers reads 100%, not 7%: what is still untried is
	 * said apart, in `untried`.
	 */
	share: number;
	/** Questions never answered ÷ total, 0–1. */
	untried: number;
};

/** Mastery per chapter from the learner's answers, in the order of `chapters`. */
export function masteryByChapter(
	p: Progress,
	chapters: readonly { chapter: string; questions: number }[]
): ChapterMastery[] {
	return chapters.map(({ chapter, questions }) => {
		const mine = Object.entries(p.answers).filter(([id]) => chapterOfQuestion(id) === chapter);
		const mastered = mine.filter(([, stats]) => stats.lastRight).length;
		const answered = Math.min(mine.length, questions);
		return {
			chapter,
			total: questions,
			answered,
			mastered: Math.min(mastered, answered),
			share: answered ? Math.min(1, mastered / answered) : 0,
			untried: questions ? (questions - answered) / questions : 0
		};
	});
}
