import { describe, expect, it } from 'vitest';
import { STAGES } from '$lib/crm/stages';
import { checkOrder, move, SHUFFLED } from './stages';

describe('the stage ordering exercise', () => {
	it('starts shuffled, with every stage once and none in place', () => {
		expect([...SHUFFLED].sort()).toEqual(STAGES.map((_, i) => i));
		expect(checkOrder(SHUFFLED).score).toBe(0);
	});

	it.each([
		[[0, 1, 2], 1, -1, [1, 0, 2]],
		[[0, 1, 2], 1, 1, [0, 2, 1]],
		[[0, 1, 2], 0, -1, [0, 1, 2]],
		[[0, 1, 2], 2, 1, [0, 1, 2]]
	] as const)('move(%j, %i, %i) gives %j', (order, index, by, expected) => {
		expect(move(order, index, by)).toEqual(expected);
	});

	it('scores an order by the positions that hold the right stage', () => {
		expect(checkOrder([0, 1, 2, 3, 4, 5, 6])).toEqual({ correct: Array(7).fill(true), score: 7 });
		expect(checkOrder([1, 0, 2, 3, 4, 5, 6]).score).toBe(5);
	});
});
