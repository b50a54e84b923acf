import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBank } from './bank';
import {
	assembleExam,
	chosenChapters,
	difficultyMix,
	examShortfall,
	questionShare,
	formatClock,
	questionsPerChapter,
	scoreEssay,
	scoreExam,
	timeLeft,
	totalScore,
	typeMix
} from './exam';
import { FIVE_BANKS, makeBank, rightAnswer } from './fixtures';
import { present } from './shuffle';

describe('exam assembly', () => {
	it('draws 8 questions per chapter, 40 in all, without duplicates: 30 single choice, 5 true/false, 5 calculations', () => {
		const paper = assembleExam(FIVE_BANKS, 7);
		expect(paper.questions).toHaveLength(40);
		expect(new Set(paper.questions.map((q) => q.id)).size).toBe(40);
		for (const bank of FIVE_BANKS) {
			expect(paper.questions.filter((q) => q.ref.startsWith(`${bank.chapter}#`))).toHaveLength(8);
		}
		const ofType = (type: string) => paper.questions.filter((q) => q.type === type).length;
		expect([ofType('single'), ofType('truefalse'), ofType('numeric')]).toEqual([30, 5, 5]);
	});

	it.each([
		{ count: 40, mix: { truefalse: 5, numeric: 5 } },
		{ count: 8, mix: { truefalse: 1, numeric: 1 } },
		{ count: 13, mix: { truefalse: 2, numeric: 2 } }
	])('mixes the types of $count questions as $mix', ({ count, mix }) => {
		expect(typeMix(count)).toEqual(mix);
	});

	it('spreads the true/false and calculation items over different chapters from paper to paper', () => {
		const ten = Array.from({ length: 10 }, (_, i) =>
			makeBank(`c${i}`, 30, 6, { truefalse: 3, numeric: 3 })
		);
		const calculationsFrom = new Set<string>();
		for (const seed of [1, 2, 3, 4]) {
			const paper = assembleExam(ten, seed);
			expect(paper.questions.filter((q) => q.type !== 'single')).toHaveLength(10);
			for (const bank of ten) {
				const own = paper.questions.filter((q) => q.ref.startsWith(`${bank.chapter}#`));
				expect(own.filter((q) => q.type === 'single').length).toBeGreaterThanOrEqual(3);
			}
			for (const q of paper.questions) if (q.type === 'numeric') calculationsFrom.add(q.ref);
		}
		expect(calculationsFrom.size).toBeGreaterThan(5);
	});

	it('falls back to single choice when a chapter has no true/false or calculation items', () => {
		const plain = FIVE_BANKS.map((b) => makeBank(b.chapter));
		const paper = assembleExam(plain, 3);
		expect(paper.questions).toHaveLength(40);
		expect(paper.questions.every((q) => q.type === 'single')).toBe(true);
	});

	it('mixes difficulty 3 / 3 / 2 within a chapter', () => {
		const chapter = assembleExam(FIVE_BANKS, 3).questions.filter((q) => q.ref.startsWith('ba#'));
		expect(chapter.filter((q) => q.difficulty === 1)).toHaveLength(3);
		expect(chapter.filter((q) => q.difficulty === 2)).toHaveLength(3);
		expect(chapter.filter((q) => q.difficulty === 3)).toHaveLength(2);
	});

	it('is deterministic with a seed and differs between seeds', () => {
		const ids = (seed: number) => assembleExam(FIVE_BANKS, seed).questions.map((q) => q.id);
		expect(ids(11)).toEqual(ids(11));
		expect(ids(12)).not.toEqual(ids(11));
	});

	it('picks two essay prompts from two different chapters', () => {
		for (const seed of [1, 2, 3, 4, 5]) {
			const { essays } = assembleExam(FIVE_BANKS, seed);
			expect(essays).toHaveLength(2);
			expect(essays[0]!.ref.split('#')[0]).not.toBe(essays[1]!.ref.split('#')[0]);
		}
	});

	it('spreads 40 questions over the chosen chapters only, the remainder to different chapters by seed', () => {
		const three = FIVE_BANKS.slice(1, 4);
		const chapters = three.map((b) => b.chapter);
		const extraGoesTo = new Set<string>();
		for (const seed of [1, 2, 3, 4, 5, 6]) {
			const paper = assembleExam(three, seed);
			expect(paper.questions).toHaveLength(40);
			expect(paper.questions.every((q) => chapters.includes(q.ref.split('#')[0]!))).toBe(true);
			const counts = chapters.map(
				(c) => paper.questions.filter((q) => q.ref.startsWith(`${c}#`)).length
			);
			expect([...counts].sort()).toEqual([13, 13, 14]);
			extraGoesTo.add(chapters[counts.indexOf(14)]!);
		}
		expect(extraGoesTo.size).toBeGreaterThan(1);
	});

	it.each([
		{ count: 8, mix: { 1: 3, 2: 3, 3: 2 } },
		{ count: 4, mix: { 1: 2, 2: 1, 3: 1 } },
		{ count: 13, mix: { 1: 5, 2: 5, 3: 3 } },
		{ count: 40, mix: { 1: 15, 2: 15, 3: 10 } }
	])('mixes difficulty for $count questions as $mix', ({ count, mix }) => {
		expect(difficultyMix(count)).toEqual(mix);
	});

	it.each([
		{ chapters: 5, share: { fewest: 8, most: 8 } },
		{ chapters: 3, share: { fewest: 13, most: 14 } },
		{ chapters: 1, share: { fewest: 40, most: 40 } }
	])('gives each of $chapters chapters $share questions', ({ chapters, share }) => {
		expect(questionShare(chapters)).toEqual(share);
	});

	it('refuses no chapter, or more chapters than questions', () => {
		expect(() => questionsPerChapter([], 1)).toThrow(/at least one chapter/);
		expect(() =>
			questionsPerChapter(
				Array.from({ length: 41 }, (_, i) => `c${i}`),
				1
			)
		).toThrow(/at most/);
	});

	it('never draws the same hard item in every paper: each paper avoids the one before', () => {
		const one = [makeBank('mot', 40, 6, { truefalse: 6, numeric: 6 })];
		for (const banks of [FIVE_BANKS, one]) {
			const papers: string[][] = [];
			let previous = new Set<string>();
			for (const seed of [11, 12, 13, 14, 15, 16]) {
				const paper = assembleExam(banks, seed, previous);
				previous = new Set(paper.questions.map((q) => q.id));
				papers.push(paper.questions.filter((q) => q.difficulty === 3).map((q) => q.id));
			}
			const inEvery = papers[0]!.filter((id) => papers.every((p) => p.includes(id)));
			expect(inEvery).toEqual([]);
		}
		// five chapters of 36 items: two papers in a row share no hard item at all
		const first = assembleExam(FIVE_BANKS, 1);
		const next = assembleExam(FIVE_BANKS, 2, new Set(first.questions.map((q) => q.id)));
		const again = (q: { id: string }) => first.questions.some((p) => p.id === q.id);
		expect(next.questions.filter((q) => q.difficulty === 3 && again(q))).toEqual([]);
	});

	it('says which chapter is too small for its share before a paper is drawn', () => {
		expect(examShortfall(FIVE_BANKS)).toBeNull();
		expect(examShortfall([FIVE_BANKS[0]!])).toMatch(
			/chỉ có 36 câu dùng được cho đề \(một lựa chọn, đúng\/sai, tính toán\), chưa đủ 40/
		);
		expect(examShortfall([])).toMatch(/ít nhất một chương/);
	});

	it('refuses a chapter with too few questions an exam can draw', () => {
		expect(() => assembleExam([makeBank('it', 5)], 1)).toThrow(/has 5 questions an exam can draw/);
	});

	it('spreads the right answer evenly over the four screen positions after shuffling', () => {
		const counts = [0, 0, 0, 0];
		for (let seed = 1; seed <= 50; seed++) {
			for (const q of assembleExam(FIVE_BANKS, seed).questions) {
				if (q.type !== 'single') continue;
				counts[present(q, seed).order.indexOf(q.answer)]!++;
			}
		}
		const singles = counts.reduce((a, b) => a + b, 0);
		expect(singles).toBe(50 * 30);
		for (const n of counts) expect(n / singles).toBeGreaterThan(0.21);
	});
});

describe('chapters from a share link', () => {
	const available = ['mot', 'hai', 'ba'];
	it.each([
		{ param: null, chapters: available },
		{ param: '', chapters: available },
		{ param: 'ba,mot', chapters: ['mot', 'ba'] },
		{ param: ' hai ', chapters: ['hai'] }
	])('"$param" gives $chapters in course order', ({ param, chapters }) => {
		expect(chosenChapters(param, available)).toEqual({ ok: true, chapters });
	});

	it('names an unknown chapter', () => {
		const result = chosenChapters('mot,khong-co', available);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.message).toMatch(/khong-co/);
	});
});

describe('scoring', () => {
	const paper = assembleExam(FIVE_BANKS, 5);

	it('gives 0,15 per right answer on the 6-point scale, with a per-chapter breakdown', () => {
		const wrong = { type: 'single' as const, choice: 9 };
		const answers = Object.fromEntries(
			paper.questions.map((q, i) => [q.id, i % 2 === 0 ? rightAnswer(q) : wrong])
		);
		const score = scoreExam(paper, answers);
		expect(score).toMatchObject({ correct: 20, total: 40, points: 3 });
		expect(score.byChapter).toHaveLength(5);
		expect(score.byChapter.reduce((s, c) => s + c.correct, 0)).toBe(20);
		const all = Object.fromEntries(paper.questions.map((q) => [q.id, rightAnswer(q)]));
		expect(scoreExam(paper, all).points).toBe(6);
		expect(scoreExam(paper, {}).points).toBe(0);
	});

	it('scores essays from the rubric points covered, fully or in part, at most 2 each, and totals out of 10', () => {
		const essay = paper.essays[0]!;
		expect(scoreEssay(essay, [0, 2])).toBe(1);
		expect(scoreEssay(essay, [0, 1, 2, 2])).toBe(2);
		expect(scoreEssay(essay, [9])).toBe(0);
		// a point covered in part earns half its weight; a point marked both counts as full
		expect(scoreEssay(essay, [0], [2])).toBe(0.75);
		expect(scoreEssay(essay, [0], [0])).toBe(0.5);
		expect(totalScore(6, [2, 2])).toBe(10);
		expect(totalScore(4.35, [1.5, 0.75])).toBe(6.6);
	});
});

describe('timer', () => {
	it('counts down from the limit and stops at zero; no limit means no countdown', () => {
		expect(timeLeft(0, 60, 0)).toBe(3_600_000);
		expect(timeLeft(0, 60, 3_599_000)).toBe(1000);
		expect(timeLeft(0, 60, 4_000_000)).toBe(0);
		expect(timeLeft(0, null, 4_000_000)).toBeNull();
		// a clock set back after the start never shows more than the limit
		expect(timeLeft(10_000_000, 60, 0)).toBe(3_600_000);
		expect(formatClock(3_600_000)).toBe('60:00');
		expect(formatClock(65_001)).toBe('01:06');
		expect(formatClock(0)).toBe('00:00');
	});
});

describe('papers from the real banks', () => {
	const dir = 'content/quiz';
	const banks = readdirSync(dir)
		.filter((name) => name.endsWith('.json'))
		.sort()
		.map((name) => parseBank(JSON.parse(readFileSync(join(dir, name), 'utf8')), name));

	it.each([
		{ course: 'all chapters', chosen: banks },
		{ course: 'five chapters', chosen: banks.slice(0, 5) },
		{ course: 'one chapter', chosen: banks.slice(5, 6) }
	])(
		'$course: single choice, true/false and calculations, no hard item in every paper',
		({ chosen }) => {
			const papers: string[][] = [];
			let previous = new Set<string>();
			for (const seed of [1, 2, 3, 4, 5]) {
				const paper = assembleExam(chosen, seed, previous);
				previous = new Set(paper.questions.map((q) => q.id));
				expect(paper.questions).toHaveLength(40);
				const types = paper.questions.map((q) => q.type);
				expect(types.filter((t) => t === 'truefalse').length).toBeGreaterThanOrEqual(4);
				expect(types.filter((t) => t === 'numeric').length).toBeGreaterThanOrEqual(4);
				expect(types.filter((t) => t === 'single').length).toBeGreaterThanOrEqual(30);
				const hard = paper.questions.filter((q) => q.difficulty === 3).map((q) => q.id);
				expect(hard.length).toBeGreaterThanOrEqual(8);
				papers.push(hard);
			}
			expect(papers[0]!.filter((id) => papers.every((p) => p.includes(id)))).toEqual([]);
		}
	);
});
