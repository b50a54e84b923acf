import type { Bank, Essay, Question } from './bank';
import { isCorrect, type Response } from './grade';
import { randomFor, shuffle } from './shuffle';

/**
 * The real final: 40 multiple-choice questions worth 0,15 points each (6 points), then two
 * essays worth 2 points each. The 40 questions are spread evenly over the chapters the
 * course examines.
 */
export const EXAM = {
	questions: 40,
	pointsPerQuestion: 0.15,
	essays: 2,
	pointsPerEssay: 2,
	minutes: 60,
	warningMinutes: 5
} as const;

/** The questions and essay prompts of one mock exam; the same seed gives the same exam. */
export type ExamPaper = { seed: number; questions: Question[]; essays: Essay[] };

/**
 * The fewest and the most questions one of `chapters` chapters gives to a paper: 40 ÷ n
 * rounded down and up.
 * @example questionShare(3) // { fewest: 13, most: 14 }
 */
export function questionShare(chapters: number): { fewest: number; most: number } {
	const fewest = Math.floor(EXAM.questions / chapters);
	return { fewest, most: EXAM.questions % chapters ? fewest + 1 : fewest };
}

/**
 * How many questions each chapter gives: 40 ÷ n, and the remainder to chapters drawn with
 * the seed, so that no chapter always gets the extra question.
 * @example questionsPerChapter(['a', 'b', 'c'], 1) // e.g. { a: 13, b: 14, c: 13 }
 */
export function questionsPerChapter(
	chapters: readonly string[],
	seed: number
): Record<string, number> {
	if (!chapters.length) throw new RangeError('the exam needs at least one chapter');
	if (chapters.length > EXAM.questions)
		throw new RangeError(`the exam has ${EXAM.questions} questions: at most that many chapters`);
	const base = questionShare(chapters.length).fewest;
	const extra = new Set(
		shuffle(chapters, randomFor(seed, 'exam:extra')).slice(0, EXAM.questions % chapters.length)
	);
	return Object.fromEntries(chapters.map((c) => [c, base + (extra.has(c) ? 1 : 0)]));
}

/**
 * The difficulty mix of `count` questions: about 3 easy, 3 medium and 2 hard in every 8,
 * so a paper is never only the easy items.
 */
export function difficultyMix(count: number): Record<1 | 2 | 3, number> {
	const hard = Math.round(count * 0.25);
	const easy = Math.round(count * 0.375);
	return { 1: easy, 2: count - easy - hard, 3: hard };
}

/**
 * Why these chapters cannot make a paper (a chapter with fewer single-choice questions than
 * its share of the 40), in words for the learner; null when they can.
 */
export function examShortfall(banks: readonly Bank[]): string | null {
	if (!banks.length) return 'Hãy chọn ít nhất một chương.';
	const need = questionShare(banks.length).most;
	const short = banks.find((b) => b.questions.filter((q) => q.type === 'single').length < need);
	if (!short) return null;
	const have = short.questions.filter((q) => q.type === 'single').length;
	return `Chương "${short.chapter}" chỉ có ${have} câu một lựa chọn, chưa đủ ${need} câu cho phần của nó trong đề: hãy chọn thêm chương.`;
}

/**
 * A mock exam from the chosen chapters' banks: single-choice questions spread evenly
 * over the chapters, each chapter's share drawn with its difficulty mix from a shuffled
 * pool (so the hard items differ from paper to paper), and two essay prompts from two
 * different chapters.
 */
export function assembleExam(banks: readonly Bank[], seed: number): ExamPaper {
	const counts = questionsPerChapter(
		banks.map((b) => b.chapter),
		seed
	);
	const questions: Question[] = [];
	for (const bank of banks) {
		const count = counts[bank.chapter]!;
		const singles = bank.questions.filter((q) => q.type === 'single');
		if (singles.length < count)
			throw new RangeError(
				`chapter ${bank.chapter} has ${singles.length} single-choice questions; the exam needs ${count}`
			);
		const pool = shuffle(singles, randomFor(seed, `exam:${bank.chapter}`));
		const mix = difficultyMix(count);
		const picked: Question[] = [];
		for (const level of [1, 2, 3] as const) {
			picked.push(...pool.filter((q) => q.difficulty === level).slice(0, mix[level]));
		}
		for (const q of pool) {
			if (picked.length >= count) break;
			if (!picked.includes(q)) picked.push(q);
		}
		// Back in the pool's (shuffled) order, so difficulty does not rise predictably.
		questions.push(...pool.filter((q) => picked.includes(q)).slice(0, count));
	}
	const essayPool = shuffle(
		banks.flatMap((b) => b.essays),
		randomFor(seed, 'exam:essays')
	);
	const essays: Essay[] = [];
	for (const essay of essayPool) {
		if (essays.length === EXAM.essays) break;
		const chapter = essay.ref.split('#')[0];
		// two prompts from two different chapters, as the real paper has (one chapter: two of it)
		if (banks.length === 1 || !essays.some((e) => e.ref.split('#')[0] === chapter))
			essays.push(essay);
	}
	return { seed, questions, essays };
}

/**
 * The chapters a share link asks for (`?chuong=slug,slug`), checked against those that
 * exist: the chapters in course order, or a message naming what is wrong.
 */
export function chosenChapters(
	param: string | null,
	available: readonly string[]
): { ok: true; chapters: string[] } | { ok: false; message: string } {
	if (param === null || param.trim() === '') return { ok: true, chapters: [...available] };
	const asked = param.split(',').map((s) => s.trim());
	const unknown = asked.filter((s) => !available.includes(s));
	if (unknown.length)
		return {
			ok: false,
			message: `Liên kết đề thi nêu chương không có: ${unknown.slice(0, 3).join(', ')}. Đề dùng tất cả các chương.`
		};
	return { ok: true, chapters: available.filter((c) => asked.includes(c)) };
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

/**
 * Essay points from the rubric: a point fully covered earns its weight, a point covered in
 * part earns half of it (at most 2 per essay).
 * @example scoreEssay(essay, [0], [2]) // weight of point 0 + half the weight of point 2
 */
export function scoreEssay(
	essay: Essay,
	full: readonly number[],
	half: readonly number[] = []
): number {
	const fullSet = new Set(full);
	const weight = (i: number) => essay.rubric[i]?.weight ?? 0;
	const points =
		[...fullSet].reduce((sum, i) => sum + weight(i), 0) +
		[...new Set(half)].filter((i) => !fullSet.has(i)).reduce((sum, i) => sum + weight(i) / 2, 0);
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
