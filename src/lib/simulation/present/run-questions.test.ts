import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { QuestionSchema } from '$lib/quiz/core/bank';
import { parseScenario, POLICIES, runPolicy, type QuarterReport } from '$lib/simulation/core';
import { equityOf, isRunQuestion, runQuestions, type RunQuestion } from './run-questions';

const scenario = parseScenario(
	JSON.parse(
		readFileSync(
			path.resolve(import.meta.dirname, '../../../../content/scenarios/coffee.json'),
			'utf8'
		)
	)
);
const run = { scenarioName: scenario.name, seed: 7 };
const play = (decide: (q: number) => ReturnType<(typeof POLICIES)['balanced']['decide']>) =>
	runPolicy(scenario, { id: 'test', decide: (_s, q) => decide(q) }, run.seed).history;
const balanced = play((q) => POLICIES.balanced!.decide(scenario, q));
// Customer-centric, then hard selling for the last four quarters: a harvest of the base.
const harvest = play((q) =>
	POLICIES[q < scenario.quarters - 4 ? 'balanced' : 'hard-selling']!.decide(scenario, q)
);

const byKind = (questions: RunQuestion[], n: number) =>
	questions.find((q) => q.id.endsWith(`-00${n}`));
const key = (q: RunQuestion | undefined) => q && q.options[q.answer];
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('runQuestions', () => {
	const questions = runQuestions(balanced, run);

	it('asks 3–5 well-formed single-choice questions with explanations and sections', () => {
		expect(questions.length).toBeGreaterThanOrEqual(3);
		expect(questions.length).toBeLessThanOrEqual(5);
		for (const q of questions) {
			expect(v.safeParse(QuestionSchema, q).issues, q.id).toBeUndefined();
			expect(isRunQuestion(q.id)).toBe(true);
			expect(q.prompt).toContain(scenario.name);
			expect(q.explanation.length).toBeGreaterThan(40);
		}
		expect(isRunQuestion('gia-tri-va-su-thoa-man-001')).toBe(false);
	});

	it('is deterministic: the same run gives the same questions; another run other ids', () => {
		expect(runQuestions(balanced, run)).toEqual(questions);
		const other = runQuestions(harvest, run);
		expect(other[0]!.id).not.toBe(questions[0]!.id);
	});

	it('keys the quarter where retention fell most', () => {
		const q = byKind(questions, 1)!;
		const drops = balanced.slice(1).map((r, i) => balanced[i]!.retentionRate - r.retentionRate);
		const worst = drops.indexOf(Math.max(...drops)) + 2;
		expect(key(q)).toBe(`Quý ${worst}`);
		expect(q.explanation).toContain(`Quý ${worst}:`);
		expect(q.explanation).toContain('Nguyên nhân chính');
	});

	it('keys the segment with the most profit over the run', () => {
		const total = (id: string) =>
			balanced.reduce((s, r) => s + r.segments.find((x) => x.id === id)!.profit, 0);
		const best = [...scenario.segments].sort((a, b) => total(b.id) - total(a.id))[0]!;
		const q = byKind(questions, 2)!;
		expect(key(q)).toBe(total(best.id) > 0 ? best.name : 'Không nhóm nào có lãi');
	});

	it('keys how many times more the disappointed left', () => {
		const ratio =
			mean(balanced.map((r) => r.churnDissatisfied)) / mean(balanced.map((r) => r.churnSatisfied));
		const q = byKind(questions, 4)!;
		const bins = ['Ít hơn 1 lần', 'Từ 1 đến 2 lần', 'Từ 2 đến 4 lần', 'Hơn 4 lần'];
		expect(key(q)).toBe(bins[ratio < 1 ? 0 : ratio < 2 ? 1 : ratio < 4 ? 2 : 3]);
	});

	it('names a harvest and what it did to customer equity', () => {
		const q = byKind(runQuestions(harvest, run), 3)!;
		const equity = (r: QuarterReport) => equityOf(r)!;
		const change = equity(harvest.at(-1)!) / equity(harvest.at(-5)!) - 1;
		expect(change).toBeLessThan(-0.1);
		expect(key(q)).toBe(change >= -0.3 ? 'Giảm từ 10% đến 30%' : 'Giảm hơn 30%');
		expect(q.explanation).toContain('bán hàng ép buộc ở các quý cuối');
		expect(byKind(questions, 3)!.explanation).not.toContain('thu hoạch');
	});

	it('asks fewer when the run is too short, none for no run', () => {
		expect(runQuestions(balanced.slice(0, 3), run).length).toBeLessThan(questions.length);
		expect(runQuestions([], run)).toEqual([]);
	});
});
