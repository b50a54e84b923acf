import { split, type Decisions } from './decisions';
import { createGame, type Game } from './engine';
import type { LeverId, PhilosophyId } from './levers';
import type { Scenario } from './scenario';

/**
 * A strategy that decides every quarter the same way. What it is called and stands for is
 * in content/simulator/policies.json.
 */
export type Policy = {
	id: string;
	decide: (scenario: Scenario, quarter: number) => Decisions;
};

function fixed(
	philosophy: PhilosophyId,
	price: number,
	budgetShare: number,
	shares: Partial<Record<LeverId, number>>
) {
	return (scenario: Scenario): Decisions => ({
		philosophy,
		price,
		spend: split(scenario.budget * budgetShare, shares),
		targets: []
	});
}

/** The share of budget a customer-centric programme puts into acquisition. */
const ACQUISITION = 0.25;

export const POLICIES: Record<string, Policy> = {
	'no-crm': {
		id: 'no-crm',
		decide: fixed('production', 1, ACQUISITION, { acquisition: 1 })
	},
	balanced: {
		id: 'balanced',
		decide: fixed('marketing', 1, 1, {
			acquisition: ACQUISITION,
			serviceQuality: 0.2,
			staffTraining: 0.14,
			personalization: 0.13,
			analytics: 0.1,
			complaints: 0.08,
			loyalty: 0.05,
			brand: 0.05
		})
	},
	'it-only': {
		id: 'it-only',
		decide: fixed('marketing', 1, 1, { acquisition: ACQUISITION, analytics: 1 - ACQUISITION })
	},
	'loyalty-only': {
		id: 'loyalty-only',
		decide: fixed('marketing', 1, 1, { acquisition: ACQUISITION, loyalty: 1 - ACQUISITION })
	},
	'hard-selling': {
		id: 'hard-selling',
		decide: fixed('selling', 1, 1, { acquisition: 0.7, loyalty: 0.3 })
	},
	'product-focus': {
		id: 'product-focus',
		decide: fixed('product', 1.2, 1, { acquisition: ACQUISITION, serviceQuality: 0.5, brand: 0.25 })
	},
	'production-focus': {
		id: 'production-focus',
		decide: fixed('production', 0.85, 0.5, { acquisition: 1 })
	},
	societal: {
		id: 'societal',
		decide: fixed('societal', 1, 1, {
			acquisition: ACQUISITION,
			serviceQuality: 0.18,
			staffTraining: 0.13,
			personalization: 0.11,
			analytics: 0.09,
			complaints: 0.07,
			loyalty: 0.03,
			brand: 0.14
		})
	},
	// The strongest policy `npm run search:policy` found on the built-in firms, rounded: the
	// whole budget, a third of it to win customers, the rest on what they experience.
	'customer-centric': {
		id: 'customer-centric',
		decide: fixed('societal', 1, 1, {
			acquisition: 0.33,
			serviceQuality: 0.19,
			staffTraining: 0.13,
			personalization: 0.12,
			analytics: 0.12,
			complaints: 0.05,
			brand: 0.06
		})
	}
};

export const POLICY_IDS = Object.keys(POLICIES);

/** Plays `quarters` quarters of a policy from a new game. */
export function runPolicy(
	scenario: Scenario,
	policy: Policy | string,
	seed: number,
	quarters = scenario.quarters,
	options: { churnScale?: number } = {}
): Game {
	const chosen = typeof policy === 'string' ? POLICIES[policy] : policy;
	if (!chosen)
		throw new Error(`unknown policy "${String(policy)}"; use one of ${POLICY_IDS.join(', ')}`);
	const game = createGame(scenario, seed, options);
	for (let q = 0; q < quarters; q++) game.step(chosen.decide(scenario, q));
	return game;
}

/**
 * The retention experiment (Reichheld): rerun the policy with churn hazards scaled so
 * that annual retention rises by 5 percentage points, and compare 5-year (20-quarter)
 * profit. Returns the relative gain (0.4 = +40%).
 */
export function reichheldExperiment(
	scenario: Scenario,
	policy: Policy | string,
	seed: number,
	/** The policy's 20-quarter run on this seed, when already played. */
	played?: Game
) {
	const quarters = 20;
	const base = played ?? runPolicy(scenario, policy, seed, quarters);
	const quarterly = base.history.reduce((s, r) => s + r.retentionRate, 0) / quarters;
	const annual = quarterly ** 4;
	const target = Math.min(0.995, annual + 0.05) ** 0.25;
	const churnScale = (1 - target) / Math.max(1e-9, 1 - quarterly);
	const better = runPolicy(scenario, policy, seed, quarters, { churnScale });
	const profit = (g: Game) => g.history[quarters - 1]!.cumulativeProfit;
	const betterAnnual = (better.history.reduce((s, r) => s + r.retentionRate, 0) / quarters) ** 4;
	return {
		baseProfit: profit(base),
		improvedProfit: profit(better),
		gain: (profit(better) - profit(base)) / Math.abs(profit(base)),
		annualRetention: annual,
		improvedAnnualRetention: betterAnnual,
		churnScale
	};
}
