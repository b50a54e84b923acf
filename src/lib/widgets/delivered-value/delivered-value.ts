/**
 * Customer delivered value of chapter 3 (gia-tri-va-su-thoa-man#gia-tri-danh-cho-khach-hang):
 * total customer value − total customer cost. The parts' names and the worked example are in
 * content/widgets/delivered-value.json.
 */

export const VALUE_KEYS = ['product', 'service', 'personnel', 'image'] as const;
export const COST_KEYS = ['money', 'time', 'energy', 'psychic'] as const;

export type ValueKey = (typeof VALUE_KEYS)[number];
export type CostKey = (typeof COST_KEYS)[number];
export type Components = Record<ValueKey | CostKey, number>;

export type DeliveredValue = {
	totalValue: number;
	totalCost: number;
	/** Total value − total cost. */
	delivered: number;
};

export function deliveredValue(x: Components): DeliveredValue {
	const totalValue = VALUE_KEYS.reduce((sum, key) => sum + x[key], 0);
	const totalCost = COST_KEYS.reduce((sum, key) => sum + x[key], 0);
	return { totalValue, totalCost, delivered: totalValue - totalCost };
}

/** What the number means to the customer choosing: worth it, indifferent, or a reason to leave. */
export type Verdict = 'positive' | 'zero' | 'negative';

export function verdictOf(delivered: number): Verdict {
	return delivered > 0 ? 'positive' : delivered === 0 ? 'zero' : 'negative';
}

export type Segment<K extends string> = { key: K; start: number; size: number };

/** Stacks the parts of one bar: each part starts where the previous one ends. */
export function stack<K extends string>(keys: readonly K[], x: Record<K, number>): Segment<K>[] {
	let start = 0;
	return keys.map((key) => {
		const segment = { key, start, size: x[key] };
		start += x[key];
		return segment;
	});
}

/** True when `a` and `b` give every part the same amount. */
export function sameComponents(a: Components, b: Components): boolean {
	return [...VALUE_KEYS, ...COST_KEYS].every((k) => a[k] === b[k]);
}
