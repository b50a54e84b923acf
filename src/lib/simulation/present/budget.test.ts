import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LEVER_IDS, parseScenario } from '$lib/simulation/core';
import { budgetSplit, budgetStep, startingDecisions, STARTING_BUDGET_SHARE } from './budget';
import { scenarioHref, scenarioIdAt, scenarioSlug } from './addresses';

const read = (id: string) =>
	parseScenario(
		JSON.parse(
			readFileSync(
				path.resolve(import.meta.dirname, `../../../../content/scenarios/${id}.json`),
				'utf8'
			)
		)
	);
const coffee = read('coffee');

describe('the budget on the decision panel', () => {
	it('starts with part of the budget unallocated, so every lever can move up', () => {
		const d = startingDecisions(coffee);
		const spent = LEVER_IDS.reduce((s, l) => s + d.spend[l], 0);
		expect(spent).toBeLessThanOrEqual(coffee.budget * STARTING_BUDGET_SHARE);
		expect(spent).toBeGreaterThan(coffee.budget * (STARTING_BUDGET_SHARE - 0.01));
		expect(d.philosophy).toBe('marketing');
		for (const l of LEVER_IDS) expect(Number.isInteger(d.spend[l])).toBe(true);
	});

	it('steps by about 2% of the budget, in whole triệu đồng', () => {
		expect(budgetStep(420_000)).toBe(8000);
		expect(budgetStep(630_000)).toBe(13_000);
		expect(budgetStep(20)).toBe(1);
	});

	it('splits the budget into the levers that get money and what is left', () => {
		const { parts, unallocated } = budgetSplit(startingDecisions(coffee).spend, coffee.budget);
		expect(parts.length).toBe(LEVER_IDS.length);
		expect(unallocated).toBeCloseTo(1 - STARTING_BUDGET_SHARE, 2);
		const none = budgetSplit(startingDecisions({ ...coffee, budget: 0 }).spend, 0);
		expect(none.parts).toEqual([]);
	});
});

describe('scenario addresses', () => {
	it('gives each built-in scenario a Vietnamese address and finds it back', () => {
		for (const [id, slug] of [
			['coffee', 'ca-phe'],
			['airline', 'hang-bay'],
			['bank', 'ngan-hang']
		] as const) {
			read(id);
			expect(scenarioSlug(id)).toBe(slug);
			expect(scenarioIdAt(slug)).toBe(id);
			expect(scenarioHref(id)).toBe(`/mo-phong/${slug}`);
		}
		expect(scenarioIdAt('coffee')).toBeUndefined();
		expect(scenarioSlug('a-lecturers-own')).toBe('a-lecturers-own');
	});
});
