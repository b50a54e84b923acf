import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createGame, parseScenario, runPolicy } from '$lib/simulation/core';
import { startingDecisions } from './budget';
import { firmValueOf } from './firm-value';
import { goalFor, gradeOf, type Goal } from './goal';

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

	it('is a band that starts at what the balanced programme reaches', () => {
		const balanced = runPolicy(coffee, 'balanced', 1).history;
		expect(goal.firmValue[0]).toBeLessThanOrEqual(firmValueOf(balanced.at(-1)!));
		expect(goal.firmValue[1]).toBeGreaterThan(goal.firmValue[0]);
		expect(goal.firmValue[0] % 1000).toBe(0);
		expect(goal.retention[0]).toBeLessThanOrEqual(goal.retention[1]);
		expect(goalFor(coffee)).toEqual(goal);
	});

	it('grades the balanced programme good at least, and no CRM below it', () => {
		const levels = ['fail', 'pass', 'good', 'excellent'];
		const balanced = gradeOf(runPolicy(coffee, 'balanced', 1).history, goal);
		const none = gradeOf(runPolicy(coffee, 'no-crm', 1).history, goal);
		expect(levels.indexOf(balanced)).toBeGreaterThanOrEqual(levels.indexOf('good'));
		expect(levels.indexOf(none)).toBeLessThan(levels.indexOf(balanced));
	});

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
