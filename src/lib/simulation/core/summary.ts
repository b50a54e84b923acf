import type { Game } from './engine';
import { reichheldExperiment, type Policy } from './policies';

export type RunSummary = {
	profitShareTop20: number;
	breakEvenTenureQuarter: number | null;
	reichheldProfitGain: number;
	/** The last quarter's customer equity (equity.ts). */
	customerEquity: number;
	/** The last quarter's firm value: cumulative profit + customer equity. */
	firmValue: number;
};

/**
 * The whole-run figures of the CLI's JSON: profit concentration, break-even, Reichheld, and
 * the last quarter's customer equity and firm value.
 */
export function summarise(game: Game, policy: Policy | string): RunSummary {
	const byTenure = game.profitByTenure();
	const breakEven = byTenure.findIndex((p, t) => t > 0 && p > 0);
	const last = game.history.at(-1);
	return {
		profitShareTop20: game.profitConcentration().top20,
		breakEvenTenureQuarter: breakEven > 0 ? breakEven : null,
		reichheldProfitGain: reichheldExperiment(game.scenario, policy, game.seed).gain,
		customerEquity: last?.customerEquity ?? 0,
		firmValue: last?.firmValue ?? 0
	};
}
