/**
 * Satisfaction as expectation E vs perceived performance P, chapter 3
 * (gia-tri-va-su-thoa-man#su-thoa-man): E > P disappoints, E ≤ P satisfies, P well above E
 * delights; and what each feeling does to the chance that the customer comes back. What each
 * feeling means, and the chapter's cases, are in content/widgets/satisfaction.json.
 */
import { CHURN_DISAPPOINTED, CHURN_SATISFIED } from '$lib/simulation/core/params';

export const FEELINGS = ['disappointed', 'satisfied', 'delighted'] as const;
export type Feeling = (typeof FEELINGS)[number];

/**
 * The chapter sets no common threshold for "vượt xa"; this widget calls P at least
 * 3 points above E (on 1–10) delighted, which keeps the chapter's cases: 5 vs 7 satisfied,
 * 5 vs 10 delighted.
 */
export const DELIGHT_MARGIN = 3;

export function feeling(expectation: number, perceived: number): Feeling {
	if (expectation > perceived) return 'disappointed';
	return perceived - expectation >= DELIGHT_MARGIN ? 'delighted' : 'satisfied';
}

/** An average customer's chance of leaving in a year before satisfaction is counted. */
export const BASE_YEARLY_LEAVING = 0.25;
/**
 * Leaving-risk multipliers. Disappointed and satisfied are the simulator's own
 * (simulation/core/params.ts); delighted halves the satisfied risk, an illustrative assumption.
 */
export const LEAVING_FACTOR: Record<Feeling, number> = {
	disappointed: CHURN_DISAPPOINTED,
	satisfied: CHURN_SATISFIED,
	delighted: CHURN_SATISFIED / 2
};

/** Chance (0–1) that a customer with this feeling is still buying a year later. */
export function returnChance(f: Feeling): number {
	return 1 - Math.min(1, BASE_YEARLY_LEAVING * LEAVING_FACTOR[f]);
}

export type Attribute = { name: string; expectation: number; perceived: number };

/** Overall E and P as the plain average of the attributes (each counted equally). */
export function overall(attributes: readonly Attribute[]): {
	expectation: number;
	perceived: number;
} {
	if (attributes.length === 0) return { expectation: 0, perceived: 0 };
	const mean = (pick: (a: Attribute) => number) =>
		attributes.reduce((s, a) => s + pick(a), 0) / attributes.length;
	return { expectation: mean((a) => a.expectation), perceived: mean((a) => a.perceived) };
}
