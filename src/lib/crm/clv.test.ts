import { describe, expect, it } from 'vitest';
import { clvOverYears, clvRetainedOnly, clvSimple, clvUnlimited } from './clv';

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

	it.each([
		{ m: 2_000_000, r: 0.8, d: 0.1, expected: 1_600_000 / 0.3 },
		{ m: 2_000_000, r: 0.85, d: 0.1, expected: 6_800_000 },
		{ m: 500, r: 0, d: 0.1, expected: 0 }
	])('m × r ÷ (1 + d − r) for m=$m r=$r d=$d', ({ m, r, d, expected }) => {
		expect(clvRetainedOnly(m, r, d)).toBeCloseTo(expected, 6);
		// the first year's sure margin plus this, brought back one year, is m ÷ (1 + d − r)
		expect((m + clvRetainedOnly(m, r, d)) / (1 + d)).toBeCloseTo(clvUnlimited(m, r, d), 6);
	});

	it.each([
		{ revenue: 50_000, perYear: 40, years: 4, margin: 0.3, expected: 2_400_000 },
		{ revenue: 50_000, perYear: 40, years: 4, margin: 1, expected: 8_000_000 },
		{ revenue: 120_000, perYear: 0, years: 3, margin: 0.5, expected: 0 }
	])(
		'revenue × purchases × years × margin for $revenue, $perYear, $years, $margin',
		({ revenue, perYear, years, margin, expected }) => {
			expect(clvSimple(revenue, perYear, years, margin)).toBeCloseTo(expected, 6);
		}
	);
});
