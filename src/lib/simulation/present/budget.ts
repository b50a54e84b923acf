import { LEVER_IDS, POLICIES, type Decisions, type LeverId, type Scenario } from '../core';

/**
 * The budget on the decision panel: the decisions a game starts with, the steppers' step,
 * and the split shown as a bar.
 */

/** The share of the budget the starting decisions spend: the rest is left to the learner. */
export const STARTING_BUDGET_SHARE = 0.85;

/**
 * The decisions a game starts with: the balanced programme's split, on 85% of the budget
 * in whole thousands of đồng, so that every lever can move up from the first click.
 */
export function startingDecisions(scenario: Scenario): Decisions {
	const d = POLICIES.balanced!.decide(scenario, 0);
	for (const l of LEVER_IDS) d.spend[l] = Math.floor(d.spend[l] * STARTING_BUDGET_SHARE);
	return d;
}

/** What one press of a lever's − or + moves: about 2% of the budget, in whole triệu đồng. */
export function budgetStep(budget: number): number {
	return Math.max(1, Math.round(budget / 50 / 1000) * 1000 || Math.round(budget / 50));
}

/** Each lever's share of the budget and what is left unallocated, for the split bar. */
export function budgetSplit(
	spend: Readonly<Record<LeverId, number>>,
	budget: number
): { parts: { lever: LeverId; share: number }[]; unallocated: number } {
	const parts = LEVER_IDS.map((lever) => ({ lever, share: budget ? spend[lever] / budget : 0 }));
	const used = parts.reduce((sum, p) => sum + p.share, 0);
	return { parts: parts.filter((p) => p.share > 0), unallocated: Math.max(0, 1 - used) };
}

/** Unspent budget worth a warning: more than 5% of it. */
export const UNSPENT_WARNING_SHARE = 0.05;
