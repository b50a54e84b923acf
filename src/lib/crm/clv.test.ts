import { describe, expect, it } from 'vitest';
import { clvOverYears, clvUnlimited } from './clv';

describe('CLV formulas', () => {
	it.each([
		{ m: 1000, r: 0.8, d: 0.1, expected: 1000 / 0.3 },
		{ m: 500, r: 0, d: 0.1, expected: 500 / 1.1 }
	])('m ÷ (1 + d − r) for m=$m r=$r d=$d', ({ m, r, d, expected }) => {
		expect(clvUnlimited(m, r, d)).toBeCloseTo(expected, 9);
	});

	it('sums the discounted margins of a limited horizon and tends to the unlimited one', () => {
		expect(clvOverYears(1000, 0.8, 0.1, 1)).toBeCloseTo(1000 / 1.1, 9);
		expect(clvOverYears(1000, 0.8, 0.1, 2)).toBeCloseTo(1000 / 1.1 + 800 / 1.21, 9);
		expect(clvOverYears(1000, 0.8, 0.1, 400)).toBeCloseTo(clvUnlimited(1000, 0.8, 0.1), 6);
	});
});
