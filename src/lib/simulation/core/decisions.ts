import { LEVER_IDS, PHILOSOPHY_IDS, type LeverId, type PhilosophyId } from './levers';
import type { Scenario } from './scenario';

/** One quarter's decisions. Amounts in thousand đồng. */
export type Decisions = {
	philosophy: PhilosophyId;
	/** Price level against the base price: 0.7 (30% cheaper) to 1.5 (50% dearer). */
	price: number;
	/** The quarter's budget split across the eight levers; the total may not exceed the budget. */
	spend: Record<LeverId, number>;
	/** Segment ids to focus on; an empty list means every segment. */
	targets: string[];
};

/** The fields of a decisions object; any other key is refused, so a typo cannot pass unseen. */
export const DECISION_FIELDS = ['philosophy', 'price', 'spend', 'targets'] as const;

export const PRICE_MIN = 0.7;
export const PRICE_MAX = 1.5;

/** Why a decision was refused: `field` names what is wrong (e.g. `spend.loyalty`). */
export class DecisionError extends Error {
	constructor(
		readonly field: string,
		readonly problem: string
	) {
		super(`${field}: ${problem}`);
		this.name = 'DecisionError';
	}
}

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Checks decisions against the scenario. Returns every problem (empty when valid), so a
 * form can mark each field; `step` refuses the first.
 */
export function checkDecisions(scenario: Scenario, input: unknown): DecisionError[] {
	const errors: DecisionError[] = [];
	if (!isObject(input))
		return [
			new DecisionError(
				'decisions',
				`must be an object with ${DECISION_FIELDS.join(', ')}${Array.isArray(input) ? ', not a list' : ''}`
			)
		];
	for (const key of Object.keys(input)) {
		if (!(DECISION_FIELDS as readonly string[]).includes(key))
			errors.push(
				new DecisionError(
					key,
					`is not a decision (check the spelling: ${DECISION_FIELDS.join(', ')})`
				)
			);
	}
	if (!PHILOSOPHY_IDS.includes(input.philosophy as PhilosophyId)) {
		errors.push(
			new DecisionError(
				'philosophy',
				`unknown philosophy "${String(input.philosophy)}"; use one of ${PHILOSOPHY_IDS.join(', ')}`
			)
		);
	}
	const price = input.price;
	if (
		typeof price !== 'number' ||
		!Number.isFinite(price) ||
		price < PRICE_MIN ||
		price > PRICE_MAX
	) {
		errors.push(new DecisionError('price', `must be a number from ${PRICE_MIN} to ${PRICE_MAX}`));
	}
	if (!isObject(input.spend)) {
		errors.push(new DecisionError('spend', 'must give an amount for each lever'));
	} else {
		let total = 0;
		for (const lever of LEVER_IDS) {
			const amount = input.spend[lever];
			if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) {
				errors.push(new DecisionError(`spend.${lever}`, 'must be a finite amount of 0 or more'));
			} else total += amount;
		}
		for (const key of Object.keys(input.spend)) {
			if (!LEVER_IDS.includes(key as LeverId))
				errors.push(new DecisionError(`spend.${key}`, 'is not a lever'));
		}
		if (total > scenario.budget * (1 + 1e-9)) {
			errors.push(
				new DecisionError(
					'spend',
					`adds up to ${Math.round(total)}, over the budget of ${scenario.budget}`
				)
			);
		}
	}
	if (!Array.isArray(input.targets)) {
		errors.push(new DecisionError('targets', 'must be a list of segment ids'));
	} else {
		if (new Set(input.targets).size !== input.targets.length)
			errors.push(new DecisionError('targets', 'lists a segment twice'));
		for (const target of input.targets) {
			if (!scenario.segments.some((s) => s.id === target)) {
				errors.push(new DecisionError('targets', `unknown segment "${String(target)}"`));
			}
		}
	}
	return errors;
}

/** An even split of `amount` over the given levers, the rest at 0. */
export function split(
	amount: number,
	shares: Partial<Record<LeverId, number>>
): Record<LeverId, number> {
	const total = Object.values(shares).reduce((a, b) => a + (b ?? 0), 0) || 1;
	return Object.fromEntries(
		LEVER_IDS.map((l) => [l, (amount * (shares[l] ?? 0)) / total])
	) as Record<LeverId, number>;
}
