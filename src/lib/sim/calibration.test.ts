import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario, runPolicy } from './index';

/**
 * Stylized facts from the course, checked in bands over several seeds. The facts still
 * being calibrated (no-crm's 5-year loss, break-even tenure, the retention experiment)
 * are reported by `npm run sim` and listed in the issue, not asserted here yet.
 */
const SEEDS = [1, 2, 3];
const load = (id: string) =>
	parseScenario(
		JSON.parse(
			readFileSync(
				path.resolve(import.meta.dirname, `../../../content/scenarios/${id}.json`),
				'utf8'
			)
		)
	);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe.each(['airline', 'coffee', 'bank'])('calibration: %s', (id) => {
	const scenario = load(id);

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

	it.each(SEEDS)('the top 20%% of customers earn at least 60%% of profit (seed %i)', (seed) => {
		expect(
			runPolicy(scenario, 'balanced', seed, 20).profitConcentration().top20
		).toBeGreaterThanOrEqual(0.6);
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
