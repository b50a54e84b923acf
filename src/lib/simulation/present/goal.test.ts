import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createGame, parseScenario, runPolicy } from '$lib/simulation/core';
import { startingDecisions } from './budget';
import { firmValueOf } from './firm-value';
import { GOAL_SEEDS, goalFor, gradeOf, type Goal } from './goal';

const load = (id: string) =>
	parseScenario(
		JSON.parse(
			readFileSync(
				path.resolve(import.meta.dirname, `../../../../content/scenarios/${id}.json`),
				'utf8'
			)
		)
	);
const coffee = load('coffee');

describe.each(['coffee', 'airline', 'bank'])('a first game of %s', (id) => {
	const scenario = load(id);
	it.each([1, 2, 3])('seed %i: quarter 1 with the starting decisions is not a loss', (seed) => {
		const first = createGame(scenario, seed).step(startingDecisions(scenario));
		expect(first.profit).toBeGreaterThanOrEqual(0);
	});

	it.each([1, 2, 3])('seed %i: the balanced programme is in profit by quarter 6', (seed) => {
		const history = runPolicy(scenario, 'balanced', seed, 6).history;
		expect(history.at(-1)!.cumulativeProfit).toBeGreaterThan(0);
	});
});

describe('the firm’s goal and the overall grade', () => {
	const goal = goalFor(coffee);
	const levels = ['fail', 'pass', 'good', 'excellent'];
	const rank = (policy: string, seed: number) =>
		levels.indexOf(gradeOf(runPolicy(coffee, policy, seed).history, goal));

	it('is a band that starts at what the balanced programme reaches on every seed', () => {
		for (const seed of GOAL_SEEDS) {
			const balanced = runPolicy(coffee, 'balanced', seed).history;
			expect(goal.firmValue[0]).toBeLessThanOrEqual(firmValueOf(balanced.at(-1)!));
		}
		expect(goal.firmValue[1]).toBeGreaterThan(goal.firmValue[0]);
		expect(goal.firmValue[0] % 1000).toBe(0);
		expect(goal.retention[0]).toBeLessThanOrEqual(goal.retention[1]);
		expect(goalFor(coffee)).toEqual(goal);
	});

	it('is made from several games, not only the first seed’s', () => {
		expect(GOAL_SEEDS.length).toBeGreaterThan(1);
		const perSeed = GOAL_SEEDS.map((seed) => goalFor(coffee, [seed]));
		expect(goal.firmValue[0]).toBe(Math.min(...perSeed.map((g) => g.firmValue[0])));
		expect(goal.retention[0]).toBe(Math.min(...perSeed.map((g) => g.retention[0])));
		expect(new Set(perSeed.map((g) => g.firmValue[0])).size).toBeGreaterThan(1);
	});

	it.each(GOAL_SEEDS)(
		'seed %i: grades the balanced and customer-centric programmes good at least, no CRM below',
		(seed) => {
			expect(rank('balanced', seed)).toBeGreaterThanOrEqual(levels.indexOf('good'));
			expect(rank('customer-centric', seed)).toBeGreaterThanOrEqual(levels.indexOf('good'));
			expect(rank('no-crm', seed)).toBeLessThan(rank('balanced', seed));
		}
	);

	it('reads each band edge the same way', () => {
		const band: Goal = { firmValue: [100, 200], retention: [0.9, 0.95] };
		const report = (firmValue: number, retentionRate: number) =>
			({ firmValue, retentionRate, cumulativeProfit: firmValue }) as never;
		expect(gradeOf([report(200, 0.95)], band)).toBe('excellent');
		expect(gradeOf([report(100, 0.9)], band)).toBe('good');
		expect(gradeOf([report(99, 0.9)], band)).toBe('pass');
		expect(gradeOf([report(99, 0.8)], band)).toBe('fail');
		expect(gradeOf([], band)).toBe('fail');
	});
});
