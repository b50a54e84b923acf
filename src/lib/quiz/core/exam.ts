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

/** The kinds of item a real paper asks: single choice, true/false statements, calculations. */
export const EXAM_TYPES = ['single', 'truefalse', 'numeric'] as const;
const canDraw = (q: Question) => (EXAM_TYPES as readonly string[]).includes(q.type);

/**
 * How many true/false and calculation items `count` questions hold: about one of each in
 * every 8, as real papers mix them among the single-choice items.
 * @example typeMix(40) // { truefalse: 5, numeric: 5 }
 */
export function typeMix(count: number): { truefalse: number; numeric: number } {
	const each = Math.round(count / 8);
	return { truefalse: each, numeric: each };
}

/**
 * Why these chapters cannot make a paper (a chapter with fewer single-choice, true/false
 * and calculation items than its share of the 40), in words for the learner; null when
 * they can.
 */
export function examShortfall(banks: readonly Bank[]): string | null {
	if (!banks.length) return 'Hãy chọn ít nhất một chương.';
	const need = questionShare(banks.length).most;
	const short = banks.find((b) => b.questions.filter(canDraw).length < need);
	if (!short) return null;
	const have = short.questions.filter(canDraw).length;
	return `Chương "${short.chapter}" chỉ có ${have} câu dùng được cho đề (một lựa chọn, đúng/sai, tính toán), chưa đủ ${need} câu cho phần của nó trong đề: hãy chọn thêm chương.`;
}

type Quota = { truefalse: number; numeric: number };

/**
 * Which chapters give the paper's true/false and calculation items: the chapters in an
 * order drawn with the seed, taken in turn, so they spread over the chapters and no
 * chapter always gives them. A chapter keeps at least one single-choice item.
 */
function typeQuotas(counts: Record<string, number>, seed: number): Record<string, Quota> {
	const chapters = shuffle(Object.keys(counts), randomFor(seed, 'exam:types'));
	const quotas = Object.fromEntries(chapters.map((c) => [c, { truefalse: 0, numeric: 0 }]));
	const mix = typeMix(EXAM.questions);
	const wanted = [
		...Array<'truefalse'>(mix.truefalse).fill('truefalse'),
		...Array<'numeric'>(mix.numeric).fill('numeric')
	];
	let turn = 0;
	for (const type of wanted) {
		for (let tries = 0; tries < chapters.length; tries++) {
			const chapter = chapters[turn++ % chapters.length]!;
			const q = quotas[chapter]!;
			if (q.truefalse + q.numeric < counts[chapter]! - 1) {
				q[type]++;
				break;
			}
		}
	}
	return quotas;
}

/**
 * One chapter's share: its true/false and calculation items first, then single choice,
 * each pick taking the item whose difficulty the mix still needs most, first from the
 * items the learner's last paper did not have, in the pool's shuffled order.
 */
function drawChapter(
	bank: Bank,
	count: number,
	quota: Quota,
	seed: number,
	avoid: ReadonlySet<string>
): Question[] {
	const pool = shuffle(bank.questions.filter(canDraw), randomFor(seed, `exam:${bank.chapter}`));
	if (pool.length < count)
		throw new RangeError(
			`chapter ${bank.chapter} has ${pool.length} questions an exam can draw; the exam needs ${count}`
		);
	const need = difficultyMix(count);
	const picked = new Set<Question>();
	const score = (q: Question) => (need[q.difficulty] > 0 ? 2 : 0) + (avoid.has(q.id) ? 0 : 1);
	const take = (fits: (q: Question) => boolean, n: number) => {
		for (let i = 0; i < n; i++) {
			let best: Question | undefined;
			for (const q of pool)
				if (!picked.has(q) && fits(q) && (!best || score(q) > score(best))) best = q;
			if (!best) return;
			picked.add(best);
			need[best.difficulty]--;
		}
	};
	// At most half of a chapter's items of a type, so that the next paper can take the others.
	const half = (type: Question['type']) =>
		Math.floor(pool.filter((q) => q.type === type).length / 2);
	take((q) => q.type === 'truefalse', Math.min(quota.truefalse, half('truefalse')));
	take((q) => q.type === 'numeric', Math.min(quota.numeric, half('numeric')));
	take((q) => q.type === 'single', count - picked.size);
	take(() => true, count - picked.size);
	// Back in the pool's (shuffled) order, so neither difficulty nor type comes in a pattern.
	return pool.filter((q) => picked.has(q));
}

/**
 * A mock exam from the chosen chapters' banks: 40 items spread evenly over the chapters,
 * about 6 in 8 single choice and the rest true/false and calculation (see `typeMix`),
 * each chapter's share drawn with its difficulty mix from a shuffled pool, and two essay
 * prompts from two different chapters. `avoid` (the ids of the learner's previous paper)
 * go last, so the hard items change from one paper to the next while the banks allow.
 */
export function assembleExam(
	banks: readonly Bank[],
	seed: number,
	avoiding: Iterable<string> = []
): ExamPaper {
	const avoid = new Set(avoiding);
	const counts = questionsPerChapter(
		banks.map((b) => b.chapter),
		seed
	);
	const quotas = typeQuotas(counts, seed);
	const questions = banks.flatMap((bank) =>
		drawChapter(bank, counts[bank.chapter]!, quotas[bank.chapter]!, seed, avoid)
	);
	// A stable sort: the prompts of the previous paper go last, the rest keep their order.
	const essayPool = shuffle(
		banks.flatMap((b) => b.essays),
		randomFor(seed, 'exam:essays')
	).sort((a, b) => Number(avoid.has(a.id)) - Number(avoid.has(b.id)));
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
	const limit = limitMinutes * 60_000;
	// never more than the limit, even if the device's clock went back since the start
	return Math.min(limit, Math.max(0, startedAt + limit - now));
}

/** "59:07", for the countdown. */
export function formatClock(ms: number): string {
	const seconds = Math.ceil(ms / 1000);
	const m = Math.floor(seconds / 60);
	const s = seconds % 60;
	return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}
