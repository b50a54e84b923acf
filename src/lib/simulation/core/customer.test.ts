import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { playReference } from './customer';
import { split, type Decisions } from './decisions';
import { createGame } from './engine';
import { POLICIES, POLICY_IDS } from './policies';
import { parseScenario, type Scenario } from './scenario';

const folder = path.resolve(import.meta.dirname, '../../../../content/scenarios');
const scenarios = readdirSync(folder)
	.filter((file) => file.endsWith('.json'))
	.map((file) => parseScenario(JSON.parse(readFileSync(path.join(folder, file), 'utf8'))));
const SEEDS = [1, 2, 3];
const QUARTERS = 8;

/**
 * A different built-in policy every quarter (philosophy, price and the whole budget split
 * change), and every other quarter only the first segment targeted.
 */
const movingLevers =
	(scenario: Scenario) =>
	(quarter: number): Decisions => {
		const decisions = POLICIES[POLICY_IDS[quarter % POLICY_IDS.length]!]!.decide(scenario, quarter);
		return quarter % 2 ? { ...decisions, targets: [scenario.segments[0]!.id] } : decisions;
	};

function playEngine(scenario: Scenario, seed: number, churnScale = 1) {
	const game = createGame(scenario, seed, { churnScale });
	const decide = movingLevers(scenario);
	for (let q = 0; q < QUARTERS; q++) game.step(decide(q));
	// Causes are explanations that explainQuarter draws from the finished report: not model.
	const reports = game.history.map(({ causes: _causes, ...report }) => report);
	return { reports, profitByTenure: game.profitByTenure() };
}

describe('the one-customer reference plays the same game as the engine', () => {
	it('finds the scenarios', () => {
		expect(scenarios.length).toBeGreaterThanOrEqual(3);
	});

	describe.each(scenarios.map((s) => [s.id, s] as const))('%s', (_id, scenario) => {
		it.each(SEEDS)('seed %i: identical quarter reports, to the last digit', (seed) => {
			const engine = playEngine(scenario, seed);
			const reference = playReference(scenario, seed, movingLevers(scenario), QUARTERS);
			expect(reference.reports).toHaveLength(QUARTERS);
			// Exact equality, no tolerance: same equations, same operations in the same order,
			// the same random draws and the same 32-bit rounding of the stored customer numbers.
			expect(reference).toEqual(engine);
		});
	});

	it('when the rows of departed customers are compacted away', () => {
		// High churn and no spending: most customers leave, so the engine compacts its rows.
		const base = scenarios[0]!;
		const scenario = {
			...base,
			startingCustomers: 5000,
			segments: base.segments.map((s) => ({ ...s, churn: 0.4 }))
		};
		const idle = () => ({ ...movingLevers(scenario)(0), spend: split(0, {}) });
		const game = createGame(scenario, 4);
		for (let q = 0; q < QUARTERS; q++) game.step(idle());
		expect(game.customerRows).toBeLessThan(5000);
		const reference = playReference(scenario, 4, idle, QUARTERS);
		const reports = game.history.map(({ causes: _causes, ...report }) => report);
		expect(reference).toEqual({ reports, profitByTenure: game.profitByTenure() });
		expect(game.trackedCustomers().map((c) => game.customerStory(c)!.at(-1)?.alive)).toContain(
			false
		);
	});

	it('with churn turned down, as in the retention experiment', () => {
		const scenario = scenarios[0]!;
		const reference = playReference(scenario, 5, movingLevers(scenario), QUARTERS, {
			churnScale: 0.7
		});
		expect(reference).toEqual(playEngine(scenario, 5, 0.7));
	});
});
