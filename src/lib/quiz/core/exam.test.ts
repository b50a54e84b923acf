import { describe, expect, it } from 'vitest';
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
	totalScore
} from './exam';
import { FIVE_BANKS, makeBank } from './fixtures';
import { present } from './shuffle';

describe('exam assembly', () => {
	it('draws 8 single-choice questions per chapter, 40 in all, without duplicates', () => {
		const paper = assembleExam(FIVE_BANKS, 7);
		expect(paper.questions).toHaveLength(40);
		expect(new Set(paper.questions.map((q) => q.id)).size).toBe(40);
		for (const bank of FIVE_BANKS) {
			expect(paper.questions.filter((q) => q.ref.startsWith(`${bank.chapter}#`))).toHaveLength(8);
		}
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

	it('does not always draw the same hard questions', () => {
		const hard = (seed: number) =>
			assembleExam(FIVE_BANKS, seed)
				.questions.filter((q) => q.difficulty === 3)
				.map((q) => q.id)
				.join();
		expect(new Set([1, 2, 3, 4, 5].map(hard)).size).toBeGreaterThan(1);
	});

	it('says which chapter is too small for its share before a paper is drawn', () => {
		expect(examShortfall(FIVE_BANKS)).toBeNull();
		expect(examShortfall([FIVE_BANKS[0]!])).toMatch(/chỉ có 30 câu một lựa chọn, chưa đủ 40/);
		expect(examShortfall([])).toMatch(/ít nhất một chương/);
	});

	it('refuses a chapter with too few single-choice questions', () => {
		expect(() => assembleExam([makeBank('it', 5)], 1)).toThrow(/has 5 single-choice questions/);
	});

	it('spreads the right answer evenly over the four screen positions after shuffling', () => {
		const counts = [0, 0, 0, 0];
		for (let seed = 1; seed <= 50; seed++) {
			for (const q of assembleExam(FIVE_BANKS, seed).questions) {
				if (q.type !== 'single') continue;
				counts[present(q, seed).order.indexOf(q.answer)]!++;
			}
		}
		for (const n of counts) expect(n / 2000).toBeGreaterThan(0.21);
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
		const answers = Object.fromEntries(
			paper.questions.map((q, i) => [
				q.id,
				{ type: 'single' as const, choice: q.type === 'single' && i % 2 === 0 ? q.answer : -1 }
			])
		);
		const score = scoreExam(paper, answers);
		expect(score).toMatchObject({ correct: 20, total: 40, points: 3 });
		expect(score.byChapter).toHaveLength(5);
		expect(score.byChapter.reduce((s, c) => s + c.correct, 0)).toBe(20);
		const all = Object.fromEntries(
			paper.questions.map((q) => [
				q.id,
				{ type: 'single' as const, choice: q.type === 'single' ? q.answer : -1 }
			])
		);
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
		expect(formatClock(3_600_000)).toBe('60:00');
		expect(formatClock(65_001)).toBe('01:06');
		expect(formatClock(0)).toBe('00:00');
	});
});
