import { describe, expect, it } from 'vitest';
import { fill, gaps } from './template';

describe('templates', () => {
	it.each([
		['Quý {quarter}: {cause}', ['quarter', 'cause']],
		['20% khách mang lại {top20} lợi nhuận', ['top20']],
		['Không có chỗ trống, {} hay { x }', []]
	])('finds the gaps of %s', (template, expected) => {
		expect(gaps(template)).toEqual(expected);
	});

	it('fills every gap, numbers too', () => {
		expect(fill('Quý {quarter}: {cause} ({top20})', { quarter: 3, cause: 'A', top20: '61%' })).toBe(
			'Quý 3: A (61%)'
		);
	});

	it('refuses to leave a gap open', () => {
		expect(() => fill('Quý {quarter}', {})).toThrow('no value for {quarter}');
	});
});
