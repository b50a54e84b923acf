import { describe, expect, it } from 'vitest';
import { formatDecimal, formatMoney, formatPercent, parseNumber } from './numbers';

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

	it('writes what Intl.NumberFormat vi-VN writes, for numbers of every size and sign', () => {
		let seed = 12345;
		const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
		const cases = [
			0, -0, 0.5, 1.5, 2.5, -2.5, 0.005, 1.005, 1234567.005, 999.995, 9.999, 1e15, 123456789012.34
		];
		for (let i = 0; i < 3000; i++) {
			const scale = 10 ** Math.floor(next() * 16 - 6);
			const x = (next() - 0.5) * 2 * scale;
			cases.push(x, Math.round(x * 1000) / 1000, Math.round(x * 100) / 100 + 0.005);
		}
		for (const digits of [0, 1, 2, 4]) {
			const intl = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits });
			for (const x of cases)
				expect(formatDecimal(x, digits), `${x} to ${digits}`).toBe(intl.format(x));
		}
	});
});
