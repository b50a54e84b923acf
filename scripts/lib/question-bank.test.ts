// The real question banks in content/quiz, held to the targets a learner relies on:
// enough questions of every kind in every chapter, and keys that do not sit in one place.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBank, type Bank } from '../../src/lib/quiz/core/bank';
import { assembleExam, EXAM, examShortfall, questionShare } from '../../src/lib/quiz/core/exam';
import { present } from '../../src/lib/quiz/core/shuffle';

const DIR = 'content/quiz';
const banks: Bank[] = readdirSync(DIR)
	.filter((name) => name.endsWith('.json'))
	.sort()
	.map((name) => parseBank(JSON.parse(readFileSync(join(DIR, name), 'utf8')), name));
const questions = banks.flatMap((b) => b.questions);

describe('the question banks in content/quiz', () => {
	it('give every chapter a bank of at least 50 questions (60 for the chapters added later)', () => {
		const files = readdirSync('content/chapters').filter((name) => name.endsWith('.md'));
		const numberOf = new Map(files.map((name) => [name.slice(3, -3), Number(name.slice(0, 2))]));
		expect(banks.map((b) => b.chapter).sort()).toEqual([...numberOf.keys()].sort());
		for (const bank of banks) {
			const least = numberOf.get(bank.chapter)! <= 5 ? 50 : 60;
			expect(bank.questions.length, bank.chapter).toBeGreaterThanOrEqual(least);
		}
	});

	it('have at least 20 questions of every type other than single choice', () => {
		for (const type of ['multiple', 'truefalse', 'numeric', 'ordering', 'matching']) {
			expect(questions.filter((q) => q.type === type).length, type).toBeGreaterThanOrEqual(20);
		}
	});

	it('have at least 30 essay prompts, each rubric worth the 2 points of an exam essay', () => {
		const essays = banks.flatMap((b) => b.essays);
		expect(essays.length).toBeGreaterThanOrEqual(30);
		for (const essay of essays) {
			const points = essay.rubric.reduce((sum, r) => sum + r.weight, 0);
			expect(points, essay.id).toBeCloseTo(EXAM.pointsPerEssay, 9);
		}
	});

	it('use "all of the above" or "none of the above" in at most 5% of items', () => {
		const catchAll =
			/tất cả (các )?(phương án|đáp án) trên|không (có )?(phương án|đáp án) nào|cả [a-d], [a-d]/i;
		const choices = questions.filter((q) => q.type === 'single' || q.type === 'multiple');
		const flagged = choices.filter((q) => q.options.some((o) => catchAll.test(o)));
		expect(flagged.length).toBeLessThanOrEqual(0.05 * choices.length);
	});

	it('spread single-choice keys over the four positions, in the file and after shuffling', () => {
		for (const bank of banks) {
			const singles = bank.questions.filter((q) => q.type === 'single');
			const inFile = [0, 0, 0, 0];
			for (const q of singles) inFile[q.answer]!++;
			// no position holds more than a third of a chapter's keys
			expect(Math.max(...inFile), bank.chapter).toBeLessThanOrEqual(singles.length / 3);
		}
		const shown = [0, 0, 0, 0];
		const singles = questions.filter((q) => q.type === 'single');
		for (let seed = 1; seed <= 200; seed++) {
			for (const q of singles) shown[present(q, seed).order.indexOf(q.answer)]!++;
		}
		const total = shown.reduce((a, b) => a + b, 0);
		for (const n of shown) expect(Math.abs(n / total - 0.25)).toBeLessThan(0.01);
	});

	it('make a full mock exam from all chapters: 40 questions spread evenly, and 2 essays', () => {
		const paper = assembleExam(banks, 20261123);
		expect(paper.questions).toHaveLength(EXAM.questions);
		const { fewest, most } = questionShare(banks.length);
		const fair = [fewest, most];
		for (const bank of banks) {
			const ids = new Set(bank.questions.map((q) => q.id));
			const drawn = paper.questions.filter((q) => ids.has(q.id)).length;
			expect(fair, bank.chapter).toContain(drawn);
		}
		expect(new Set(paper.questions.map((q) => q.id)).size).toBe(40);
		expect(paper.essays).toHaveLength(2);
	});

	it('make a paper from any two chapters a course may choose', () => {
		for (const a of banks)
			for (const b of banks)
				if (a !== b) expect(examShortfall([a, b]), `${a.chapter} + ${b.chapter}`).toBeNull();
	});
});
