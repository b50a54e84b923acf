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
	/** mastered ÷ total, 0–1. */
	share: number;
};

/** Mastery per chapter from the learner's answers, in the order of `chapters`. */
export function masteryByChapter(
	p: Progress,
	chapters: readonly { chapter: string; questions: number }[]
): ChapterMastery[] {
	return chapters.map(({ chapter, questions }) => {
		const mine = Object.entries(p.answers).filter(([id]) => chapterOfQuestion(id) === chapter);
		const mastered = mine.filter(([, stats]) => stats.lastRight).length;
		return {
			chapter,
			total: questions,
			answered: mine.length,
			mastered,
			share: questions ? Math.min(1, mastered / questions) : 0
		};
	});
}
