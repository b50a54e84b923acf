import { describe, expect, it } from 'vitest';
import { firstYearLeft, horizonQuarters, QUARTERLY_DISCOUNT } from './equity';
import * as M from './params';
import { startingStage } from './plan';

/** Σ of the discounted chances of still being a customer, quarter by quarter. */
function explicitSum(hazard: number, newFor: number) {
	let alive = 1,
		sum = 0;
	for (let t = 1; t <= M.EQUITY_HORIZON; t++) {
		alive *= QUARTERLY_DISCOUNT * (1 - hazard * (t <= newFor ? M.CHURN_FIRST_YEAR : 1));
		sum += alive;
	}
	return sum;
}

describe('a customer won during the game is new for its first year', () => {
	it('counts the quarters still new from the tenure, none for a starting customer', () => {
		expect(firstYearLeft(false, 0)).toBe(M.FIRST_YEAR_QUARTERS);
		expect(firstYearLeft(false, 1)).toBe(M.FIRST_YEAR_QUARTERS - 1);
		expect(firstYearLeft(false, M.FIRST_YEAR_QUARTERS)).toBe(0);
		expect(firstYearLeft(false, 9)).toBe(0);
		expect(firstYearLeft(true, 0)).toBe(0);
	});

	it.each([0, 1, 2, 4])('values %i new quarters at the first-year hazard, then the usual', (n) => {
		expect(horizonQuarters(0.02, n)).toBeCloseTo(explicitSum(0.02, n), 10);
	});

	it('so a new customer is worth less than a long-standing one in the same state', () => {
		expect(horizonQuarters(0.02, 4)).toBeLessThan(horizonQuarters(0.02, 1));
		expect(horizonQuarters(0.02, 1)).toBeLessThan(horizonQuarters(0.02, 0));
	});
});

describe('starting customers', () => {
	it('are more often long-standing than new: stage s with chance (2s + 1) ÷ 49', () => {
		const counts = new Array<number>(M.STAGE_COUNT).fill(0);
		const draws = 49_000;
		for (let i = 0; i < draws; i++) counts[startingStage((i + 0.5) / draws)]!++;
		expect(counts).toEqual(counts.map((_, s) => (2 * s + 1) * 1000));
	});
});
