import type { Bank, Essay, Question } from './bank';
import { isCorrect, type Response } from './grade';
import { randomFor, shuffle } from './shuffle';

/** The real final: 40 multiple-choice questions, 8 per chapter, 0,15 points each. */
export const EXAM = {
	perChapter: 8,
	pointsPerQuestion: 0.15,
	essays: 2,
	pointsPerEssay: 2,
	minutes: 60,
	warningMinutes: 5
} as const;

/** Difficulty mix of a chapter's 8 questions: 3 easy, 3 medium, 2 hard when the bank allows. */
const MIX: Record<1 | 2 | 3, number> = { 1: 3, 2: 3, 3: 2 };

/** The questions and essay prompts of one mock exam; the same seed gives the same exam. */
export type ExamPaper = { seed: number; questions: Question[]; essays: Essay[] };

export function assembleExam(banks: readonly Bank[], seed: number): ExamPaper {
	const questions: Question[] = [];
	for (const bank of banks) {
		const singles = bank.questions.filter((q) => q.type === 'single');
		if (singles.length < EXAM.perChapter)
			throw new RangeError(
				`chapter ${bank.chapter} has ${singles.length} single-choice questions; the exam needs ${EXAM.perChapter}`
			);
		const pool = shuffle(singles, randomFor(seed, `exam:${bank.chapter}`));
		const picked: Question[] = [];
		for (const level of [1, 2, 3] as const) {
			picked.push(...pool.filter((q) => q.difficulty === level).slice(0, MIX[level]));
		}
		for (const q of pool) {
			if (picked.length >= EXAM.perChapter) break;
			if (!picked.includes(q)) picked.push(q);
		}
		// Back in the pool's (shuffled) order, so difficulty does not rise predictably.
		questions.push(...pool.filter((q) => picked.includes(q)).slice(0, EXAM.perChapter));
	}
	const essayPool = shuffle(
		banks.flatMap((b) => b.essays),
		randomFor(seed, 'exam:essays')
	);
	const essays: Essay[] = [];
	for (const essay of essayPool) {
		if (essays.length === EXAM.essays) break;
		const chapter = essay.ref.split('#')[0];
		// two prompts from two different chapters, as the real paper has
		if (!essays.some((e) => e.ref.split('#')[0] === chapter)) essays.push(essay);
	}
	return { seed, questions, essays };
}

export type ChapterScore = { chapter: string; correct: number; total: number };
export type ExamScore = {
	correct: number;
	total: number;
	/** Multiple-choice points on the exam's 6-point scale. */
	points: number;
	byChapter: ChapterScore[];
};

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Scores the multiple-choice part: 0,15 per right answer, with a per-chapter breakdown. */
export function scoreExam(
	paper: ExamPaper,
	answers: Readonly<Record<string, Response | undefined>>
): ExamScore {
	const byChapter = new Map<string, ChapterScore>();
	let correct = 0;
	for (const q of paper.questions) {
		const chapter = q.ref.split('#')[0]!;
		const row = byChapter.get(chapter) ?? { chapter, correct: 0, total: 0 };
		row.total++;
		if (isCorrect(q, answers[q.id])) {
			row.correct++;
			correct++;
		}
		byChapter.set(chapter, row);
	}
	return {
		correct,
		total: paper.questions.length,
		points: round2(correct * EXAM.pointsPerQuestion),
		byChapter: [...byChapter.values()]
	};
}

/** Essay points from the rubric points the learner ticked (at most 2 per essay). */
export function scoreEssay(essay: Essay, ticked: readonly number[]): number {
	const points = [...new Set(ticked)].reduce((sum, i) => sum + (essay.rubric[i]?.weight ?? 0), 0);
	return round2(Math.min(EXAM.pointsPerEssay, points));
}

/** The exam's total out of 10. */
export const totalScore = (multipleChoice: number, essays: readonly number[]) =>
	round2(multipleChoice + essays.reduce((a, b) => a + b, 0));

/**
 * Time left in an attempt, in milliseconds (never below 0); `null` when the learner
 * turned the limit off (WCAG 2.2.1 lets them).
 */
export function timeLeft(
	startedAt: number,
	limitMinutes: number | null,
	now: number
): number | null {
	if (limitMinutes === null) return null;
	return Math.max(0, startedAt + limitMinutes * 60_000 - now);
}

/** "59:07", for the countdown. */
export function formatClock(ms: number): string {
	const seconds = Math.ceil(ms / 1000);
	const m = Math.floor(seconds / 60);
	const s = seconds % 60;
	return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}
