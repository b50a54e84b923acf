/**
 * Customer equity: the expected discounted profit that the customers still active will
 * bring over the next EQUITY_HORIZON quarters, each from their own state (segment, stage,
 * trust, whether the last quarter satisfied them, spend level), with the engine's own churn
 * hazard and margin under the quarter's price (docs/model.md §11). Firm value is
 * cumulative profit plus customer equity.
 *
 * One function values one customer; the engine (engine.ts) and its readable twin
 * (customer.ts) both call it, row by row in the same order, so they agree to the last digit.
 */
import * as M from './params';
import type { QuarterPlan } from './plan';
import type { Scenario } from './scenario';

/** The quarterly discount factor of the yearly DISCOUNT_RATE. */
export const QUARTERLY_DISCOUNT = (1 + M.DISCOUNT_RATE) ** (-1 / M.QUARTERS_PER_YEAR);

const keep = (hazard: number) => QUARTERLY_DISCOUNT * (1 - Math.min(1, Math.max(0, hazard)));
/** Σ x^t for t = 1 … n. */
const discounted = (x: number, n: number) => (x * (1 - x ** n)) / (1 - x);

/**
 * The discounted quarters still to come over EQUITY_HORIZON: Σ (δ × (1 − hazard))^t, where a
 * customer still new for `firstYearLeft` quarters has those at the hazard × CHURN_FIRST_YEAR.
 */
export function horizonQuarters(hazard: number, firstYearLeft = 0): number {
	const later = keep(hazard);
	if (firstYearLeft <= 0) return discounted(later, M.EQUITY_HORIZON);
	const early = keep(hazard * M.CHURN_FIRST_YEAR);
	return (
		discounted(early, firstYearLeft) +
		early ** firstYearLeft * discounted(later, M.EQUITY_HORIZON - firstYearLeft)
	);
}

/** A customer's last quarter: 0 disappointed, 1 satisfied, 2 not yet served (joined this quarter). */
export type LastQuarter = 0 | 1 | 2;

/** What the plan and the scenario give every customer's valuation this quarter. */
export type EquityPlan = {
	/**
	 * Discounted quarters ahead by first-year quarters left, segment, stage and last quarter,
	 * at each trust step.
	 */
	quarters: Float64Array;
	/** A customer's quarterly profit per unit of spend level, by segment and stage. */
	perSpend: Float64Array;
	/** Cost to serve, by stage. */
	serve: Float64Array;
};

/** Trust steps the discounted-quarters table is written at (linear between them). */
export const TRUST_STEPS = 16;
const STATES = 3;
const CHURN_BY_LAST = [M.CHURN_DISAPPOINTED, M.CHURN_SATISFIED, M.CHURN_NEWCOMER];

/**
 * The quarter's valuation tables: the horizon's discounted quarters for every segment,
 * stage, last quarter and trust step, so a customer costs a look-up, not a power.
 */
export function equityPlan(plan: QuarterPlan, scenario: Scenario): EquityPlan {
	const segCount = scenario.segments.length;
	const stages = M.STAGE_COUNT;
	const cells = segCount * stages;
	const quarters = new Float64Array(
		(M.FIRST_YEAR_QUARTERS + 1) * cells * STATES * (TRUST_STEPS + 1)
	);
	const perSpend = new Float64Array(cells);
	for (let k = 0; k < segCount; k++) {
		for (let s = 0; s < stages; s++) {
			const cell = k * stages + s;
			perSpend[cell] = M.SPEND_BY_STAGE[s]! * plan.regularRevenueFactor[k]! * scenario.grossMargin;
			const base =
				plan.churnBase[k]! * M.CHURN_BY_STAGE[s]! * (s >= M.LOYAL_STAGE ? plan.loyaltyChurnCut : 1);
			for (let left = 0; left <= M.FIRST_YEAR_QUARTERS; left++) {
				for (let last = 0; last < STATES; last++) {
					const row = ((left * cells + cell) * STATES + last) * (TRUST_STEPS + 1);
					for (let j = 0; j <= TRUST_STEPS; j++) {
						const trust = j / TRUST_STEPS;
						const hazard =
							base * (M.CHURN_TRUST_BASE - M.CHURN_TRUST_CUT * trust) * CHURN_BY_LAST[last]!;
						quarters[row + j] = horizonQuarters(hazard, left);
					}
				}
			}
		}
	}
	const serve = Float64Array.from(M.SERVE_BY_STAGE, (x) => x * scenario.serveCost);
	return { quarters, perSpend, serve };
}

/**
 * Quarters a customer is still new for (CHURN_FIRST_YEAR), from its tenure after the quarter:
 * none for a starting customer.
 */
export const firstYearLeft = (starter: boolean, tenure: number) =>
	starter ? 0 : Math.max(0, M.FIRST_YEAR_QUARTERS - tenure);

/** One active customer's expected discounted profit over the horizon. */
export function customerValue(
	p: EquityPlan,
	segment: number,
	stage: number,
	trust: number,
	last: LastQuarter,
	spendLevel: number,
	newFor: number
): number {
	const cells = p.perSpend.length;
	const cell = segment * M.STAGE_COUNT + stage;
	const step = trust * TRUST_STEPS;
	const j = step >= TRUST_STEPS ? TRUST_STEPS - 1 : step | 0;
	const row = ((newFor * cells + cell) * STATES + last) * (TRUST_STEPS + 1) + j;
	const ahead = p.quarters[row]! + (p.quarters[row + 1]! - p.quarters[row]!) * (step - j);
	return (spendLevel * p.perSpend[cell]! - p.serve[stage]!) * ahead;
}
