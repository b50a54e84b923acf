import { describe, expect, it } from 'vitest';
import { feeling, overall, returnChance } from './satisfaction';
import { TEXT } from './text';

describe('satisfaction as E vs P', () => {
	it.each([
		[9, 6, 'disappointed'],
		[5, 7, 'satisfied'],
		[5, 10, 'delighted'],
		[5, 5, 'satisfied'],
		[5, 8, 'delighted'],
		[6, 5, 'disappointed']
	])('E = %d, P = %d is %s', (e, p, expected) => {
		expect(feeling(e, p)).toBe(expected);
	});

	it('agrees with every case the chapter works through', () => {
		expect(TEXT.cases.items.map((c) => feeling(c.expectation, c.perceived))).toEqual([
			'disappointed',
			'satisfied',
			'delighted',
			'satisfied'
		]);
	});

	it('ranks the chance of coming back: delighted > satisfied > disappointed', () => {
		const [d, s, x] = (['disappointed', 'satisfied', 'delighted'] as const).map(returnChance);
		// 1 − 25% × the simulator's multipliers (2.4 disappointed, 0.65 satisfied)
		expect(d).toBeCloseTo(0.4);
		expect(s).toBeCloseTo(0.8375);
		expect(x).toBeGreaterThan(s!);
		expect(s).toBeGreaterThan(d!);
	});

	it('averages attributes into an overall E and P', () => {
		expect(overall(TEXT.attributes.items)).toEqual({ expectation: 5, perceived: 5.75 });
		expect(overall([])).toEqual({ expectation: 0, perceived: 0 });
	});
});
