import type { Game } from './engine';
import { reichheldExperiment, type Policy } from './policies';

export type RunSummary = {
	profitShareTop20: number;
	breakEvenTenureQuarter: number | null;
	reichheldProfitGain: number;
};

/** The whole-run figures of the CLI's JSON: profit concentration, break-even, Reichheld. */
export function summarise(game: Game, policy: Policy | string): RunSummary {
	const byTenure = game.profitByTenure();
	const breakEven = byTenure.findIndex((p, t) => t > 0 && p > 0);
	return {
		profitShareTop20: game.profitConcentration().top20,
		breakEvenTenureQuarter: breakEven > 0 ? breakEven : null,
		reichheldProfitGain: reichheldExperiment(game.scenario, policy, game.seed).gain
	};
}
