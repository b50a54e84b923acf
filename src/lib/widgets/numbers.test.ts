import { describe, expect, it } from 'vitest';
import { formatMoney, formatPercent, parseNumber } from './numbers';

describe('parseNumber', () => {
	it.each([
		['2.000.000', 2_000_000],
		['2000000', 2_000_000],
		[' 2 000 000 ', 2_000_000],
		['0,5', 0.5],
		['0.5', 0.5],
		['1.234,5', 1234.5],
		['80', 80]
	])('reads %j as %d', (raw, value) => {
		expect(parseNumber(raw)).toEqual({ ok: true, value });
	});

	it.each([
		['', 'Hãy nhập một số.'],
		['abc', 'Chỉ nhập chữ số, ví dụ 2.000.000 hoặc 0,5.'],
		['12a', 'Chỉ nhập chữ số, ví dụ 2.000.000 hoặc 0,5.'],
		['-5', 'Số không được âm.'],
		['1e400', 'Chỉ nhập chữ số, ví dụ 2.000.000 hoặc 0,5.']
	])('refuses %j', (raw, message) => {
		expect(parseNumber(raw)).toEqual({ ok: false, message });
	});

	it('applies bounds', () => {
		expect(parseNumber('120', { max: 100 })).toEqual({
			ok: false,
			message: 'Số không được lớn hơn 100.'
		});
		expect(parseNumber('0', { min: 1 })).toEqual({ ok: false, message: 'Số phải từ 1 trở lên.' });
	});
});

describe('formatting', () => {
	it('writes Vietnamese numbers', () => {
		expect(formatMoney(6666666.67)).toBe('6.666.667');
		expect(formatPercent(0.8)).toBe('80%');
		expect(formatPercent(0.125)).toBe('12,5%');
	});
});
