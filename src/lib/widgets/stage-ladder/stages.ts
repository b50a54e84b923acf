/**
 * The ordering exercise of the seven relationship stages of chapter 4
 * (xay-dung-quan-he#bay-giai-doan). The stages are src/lib/crm/stages.ts's STAGES; an order
 * is a list of indices into it.
 */

/** The exercise's starting order: a fixed shuffle, so every learner (and test) sees the same. */
export const SHUFFLED: readonly number[] = [3, 0, 5, 1, 6, 2, 4];

/** Moves the item at `index` one place up (−1) or down (+1); out-of-range moves change nothing. */
export function move(order: readonly number[], index: number, by: -1 | 1): number[] {
	const target = index + by;
	const next = [...order];
	if (index < 0 || index >= order.length || target < 0 || target >= order.length) return next;
	[next[index], next[target]] = [next[target]!, next[index]!];
	return next;
}

/** Which positions hold the right stage, and how many. */
export function checkOrder(order: readonly number[]): { correct: boolean[]; score: number } {
	const correct = order.map((stage, position) => stage === position);
	return { correct, score: correct.filter(Boolean).length };
}
