import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	checkDecisions,
	createGame,
	createGameFrom,
	DecisionError,
	LEVER_IDS,
	parseScenario,
	PHILOSOPHY_IDS,
	POLICIES,
	runPolicy,
	ScenarioError,
	split,
	type Decisions
} from './index';
import { nextFloat, seedRandom } from './random';

const raw = JSON.parse(
	readFileSync(
		path.resolve(import.meta.dirname, '../../../../content/scenarios/coffee.json'),
		'utf8'
	)
);
const scenario = parseScenario(raw);
const balanced = (q = 0) => POLICIES.balanced!.decide(scenario, q);

describe('parseScenario', () => {
	it.each([
		[{ budget: -5 }, 'budget: must be a number above 0'],
		[{ quarters: 30 }, 'quarters:'],
		[{ name: undefined }, 'name: is missing'],
		[{ budgett: 5 }, 'budgett: is not a scenario field']
	])('names the wrong field for %j', (override, message) => {
		expect(() => parseScenario({ ...raw, ...override })).toThrow(message);
	});

	it('checks the segments', () => {
		const segments = structuredClone(raw.segments);
		segments[0].churn = 'cao';
		expect(() => parseScenario({ ...raw, segments })).toThrow(/segments\.0\.churn/);
		segments[0].churn = 0.02;
		segments[0].share = 0.9;
		expect(() => parseScenario({ ...raw, segments })).toThrow('the shares must add up to 1');
		expect(() => parseScenario({ ...raw, segments })).toThrow(ScenarioError);
	});
});

describe('decisions', () => {
	const valid = balanced();
	it('accepts a policy decision', () => {
		expect(checkDecisions(scenario, valid)).toEqual([]);
	});

	it.each([
		[{ philosophy: 'greed' }, 'philosophy'],
		[{ price: Number.NaN }, 'price'],
		[{ price: 3 }, 'price'],
		[{ spend: { ...valid.spend, loyalty: -1 } }, 'spend.loyalty'],
		[{ spend: { ...valid.spend, brand: Number.POSITIVE_INFINITY } }, 'spend.brand'],
		[{ spend: { ...valid.spend, acquisition: scenario.budget } }, 'spend'],
		[{ targets: ['ma-qua'] }, 'targets']
	])('refuses %j naming the field, and leaves the game untouched', (override, field) => {
		const game = createGame(scenario, 3);
		game.step(valid);
		const before = JSON.stringify(game.snapshot().arrays.stage);
		const bad = { ...valid, ...override } as Decisions;
		expect(checkDecisions(scenario, bad).map((e) => e.field)).toContain(field);
		expect(() => game.step(bad)).toThrow(DecisionError);
		expect(game.quarter).toBe(1);
		expect(JSON.stringify(game.snapshot().arrays.stage)).toBe(before);
		expect(game.step(valid).quarter).toBe(2);
	});
});

describe('engine', () => {
	it('is deterministic: same scenario, seed and decisions give identical reports', () => {
		const a = runPolicy(scenario, 'balanced', 11, 6).history;
		const b = runPolicy(scenario, 'balanced', 11, 6).history;
		expect(JSON.stringify(b)).toBe(JSON.stringify(a));
		const c = runPolicy(scenario, 'balanced', 12, 6).history;
		expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
		// different seeds: different but close
		expect(Math.abs(c[5]!.customers - a[5]!.customers) / a[5]!.customers).toBeLessThan(0.05);
	});

	it('continues identically from a snapshot (undo, branch, preview)', () => {
		const game = createGame(scenario, 5);
		game.step(balanced());
		const snap = game.snapshot();
		const straight = [game.step(balanced(1)), game.step(balanced(2))];
		const branch = createGameFrom(snap);
		expect(JSON.stringify([branch.step(balanced(1)), branch.step(balanced(2))])).toBe(
			JSON.stringify(straight)
		);
	});

	it('records the story of tracked customers, including the quarter one left', () => {
		const game = runPolicy(scenario, 'hard-selling', 2, 12);
		const stories = game.trackedCustomers().map((i) => game.customerStory(i)!);
		expect(stories.length).toBeGreaterThan(10);
		expect(stories.every((s) => s.length >= 1)).toBe(true);
		expect(stories.some((s) => s.some((e) => !e.alive))).toBe(true);
		const entries = stories.flat();
		// A story ends with the quarter its customer left.
		for (const story of stories) expect(story.slice(0, -1).every((e) => e.alive)).toBe(true);
		for (const e of entries) {
			expect(e.satisfied).toBe(e.perceived >= e.expectation);
			if (e.alive) expect(e.spend).toBeGreaterThan(0);
			else expect(e.spend).toBe(0);
		}
		// Tracked from the first quarter, one entry per quarter, stage moving at most one step.
		for (const story of stories) {
			story.forEach((e, q) => expect(e.quarter).toBe(q + 1));
			for (let q = 1; q < story.length; q++)
				expect(Math.abs(story[q]!.stage - story[q - 1]!.stage)).toBeLessThanOrEqual(1);
		}
	});

	it('never produces NaN, negative counts or shares outside 0–1 under random valid decisions', () => {
		const random = seedRandom(99);
		const game = createGame(scenario, 8);
		for (let q = 0; q < 16; q++) {
			const weights = Object.fromEntries(LEVER_IDS.map((l) => [l, nextFloat(random)]));
			const decisions: Decisions = {
				philosophy: PHILOSOPHY_IDS[Math.floor(nextFloat(random) * PHILOSOPHY_IDS.length)]!,
				price: 0.7 + nextFloat(random) * 0.8,
				spend: split(scenario.budget * nextFloat(random), weights),
				targets: nextFloat(random) < 0.5 ? [] : [scenario.segments[0]!.id]
			};
			const r = game.step(decisions);
			for (const [key, value] of Object.entries(r)) {
				if (typeof value === 'number') expect(Number.isFinite(value), key).toBe(true);
			}
			expect(r.customers).toBeGreaterThanOrEqual(0);
			expect(r.byStage.every((n) => n >= 0)).toBe(true);
			for (const share of [
				r.retentionRate,
				r.satisfiedShare,
				r.churnSatisfied,
				r.churnDissatisfied
			]) {
				expect(share).toBeGreaterThanOrEqual(0);
				expect(share).toBeLessThanOrEqual(1);
			}
			expect(r.causes.length).toBeGreaterThanOrEqual(2);
			expect(r.causes.length).toBeLessThanOrEqual(4);
			for (const s of r.segments) expect(Number.isFinite(s.deliveredValue)).toBe(true);
		}
	});
});

describe('limits of the customer arrays', () => {
	it('refuses more segments than a customer row can name, rather than wrap', () => {
		const one = scenario.segments[0]!;
		const many = {
			...scenario,
			segments: Array.from({ length: 256 }, (_, k) => ({
				...one,
				id: `nhom-${k}`,
				share: 1 / 256,
				prospectShare: 1 / 256
			}))
		};
		expect(() => createGame(many, 1)).toThrow(RangeError);
		expect(() => createGame(many, 1)).toThrow('at most 255 segments');
	});
});
