import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario, runPolicy, summarise } from './index';

/**
 * The course's stylized facts, checked in bands (not points) over several seeds, with the
 * same figures `npm run sim -- --json` prints.
 */
const SEEDS = [1, 2, 3];
const load = (id: string) =>
	parseScenario(
		JSON.parse(
			readFileSync(
				path.resolve(import.meta.dirname, `../../../../content/scenarios/${id}.json`),
				'utf8'
			)
		)
	);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe.each(['airline', 'coffee', 'bank'])('calibration: %s', (id) => {
	const scenario = load(id);

	it.each(SEEDS)(
		'without CRM, 40–60%% of the starting customers leave in 20 quarters (seed %i)',
		(seed) => {
			const last = runPolicy(scenario, 'no-crm', seed, 20).history[19]!;
			const lost = 1 - last.startingCohortRemaining;
			expect(lost).toBeGreaterThanOrEqual(0.4);
			expect(lost).toBeLessThanOrEqual(0.6);
		}
	);

	it.each(SEEDS)(
		'a new customer breaks even in tenure quarters 4–8, the top 20%% earn ≥ 60%% of profit, and +5 points of retention add 25–95%% to 5-year profit (seed %i)',
		(seed) => {
			const summary = summarise(runPolicy(scenario, 'balanced', seed, 20), 'balanced');
			expect(summary.breakEvenTenureQuarter).toBeGreaterThanOrEqual(4);
			expect(summary.breakEvenTenureQuarter).toBeLessThanOrEqual(8);
			expect(summary.profitShareTop20).toBeGreaterThanOrEqual(0.6);
			expect(summary.reichheldProfitGain).toBeGreaterThanOrEqual(0.25);
			expect(summary.reichheldProfitGain).toBeLessThanOrEqual(0.95);
		}
	);

	it.each(SEEDS)('under balanced, acquiring costs 4–8× retaining (seed %i)', (seed) => {
		const h = runPolicy(scenario, 'balanced', seed, 20).history.slice(2);
		const ratio = mean(
			h.map((r) => r.acquisitionCostPerNewCustomer! / r.retentionCostPerKeptCustomer!)
		);
		expect(ratio).toBeGreaterThanOrEqual(4);
		expect(ratio).toBeLessThanOrEqual(8);
	});

	it.each(SEEDS)('disappointed customers churn at least twice as often (seed %i)', (seed) => {
		const h = runPolicy(scenario, 'balanced', seed, 20).history;
		expect(mean(h.map((r) => r.churnDissatisfied))).toBeGreaterThanOrEqual(
			2 * mean(h.map((r) => r.churnSatisfied))
		);
	});

	it.each(SEEDS)(
		'over 12 quarters balanced beats it-only, loyalty-only and hard-selling (seed %i)',
		(seed) => {
			const run = (policy: string) => runPolicy(scenario, policy, seed, 12).history;
			const balanced = run('balanced');
			const profit = (h: typeof balanced) => h[11]!.cumulativeProfit;
			const retention = (h: typeof balanced) => mean(h.map((r) => r.retentionRate));
			for (const rival of ['it-only', 'loyalty-only', 'hard-selling']) {
				const other = run(rival);
				expect(profit(balanced), rival).toBeGreaterThan(profit(other));
				expect(retention(balanced), rival).toBeGreaterThan(retention(other));
			}
			const hard = run('hard-selling');
			expect(hard[0]!.revenue + hard[1]!.revenue).toBeGreaterThan(
				balanced[0]!.revenue + balanced[1]!.revenue
			);
		}
	);
});
