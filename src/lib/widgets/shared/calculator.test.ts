import { describe, expect, it } from 'vitest';
import { fieldText, notShown, readNumbers, type FieldRule } from './calculator';

const words = {
	notShown: 'Chưa tính được vì ô {fields} chưa hợp lệ.',
	fields: { records: { name: 'số hồ sơ' }, rate: { name: 'tỉ lệ' }, months: { name: 'số tháng' } }
};
const KEYS = ['records', 'rate', 'months'] as const;

describe('notShown', () => {
	it.each([
		[{ records: 2000, rate: 0.02, months: 12 }, null],
		[{ records: 2000, rate: 0, months: 12 }, null],
		[{ records: 2000, rate: 0.02 }, 'Chưa tính được vì ô số tháng chưa hợp lệ.'],
		[{ rate: 0.02 }, 'Chưa tính được vì ô số hồ sơ, số tháng chưa hợp lệ.'],
		[{}, 'Chưa tính được vì ô số hồ sơ, tỉ lệ, số tháng chưa hợp lệ.']
	])('with the values %o says %j', (values, reason) => {
		expect(notShown(KEYS, values, words)).toBe(reason);
	});

	it('names only the keys it is asked about', () => {
		expect(notShown(['records'], { records: 1 }, words)).toBeNull();
	});
});

const RULES: Record<'records' | 'rate' | 'months', FieldRule> = {
	records: { min: 1, whole: true },
	rate: { max: 100, percent: true },
	months: {}
};

describe('fieldText and readNumbers', () => {
	it('write the inputs as a learner types them, and read them back', () => {
		const raw = fieldText({ records: 2000, rate: 0.025, months: 1.5 }, RULES);
		expect(raw).toEqual({ records: '2.000', rate: '2,5', months: '1,5' });
		expect(readNumbers(raw, RULES, 'whole')).toEqual({
			errors: { records: '', rate: '', months: '' },
			values: { records: 2000, rate: 0.025, months: 1.5 }
		});
	});

	it('keep what a field holds when the inputs have no value for it', () => {
		const keep = { records: '5', rate: '3', months: 'mười' };
		expect(fieldText({ rate: 0.8 }, RULES, keep)).toEqual({ ...keep, rate: '80' });
		expect(fieldText({ rate: 0.8 }, RULES)).toEqual({ records: '', rate: '80', months: '' });
	});

	it.each([
		[{ records: '12,5' }, 'records', 'whole'],
		[{ records: '0' }, 'records', 'Số phải từ 1 trở lên.'],
		[{ rate: '101' }, 'rate', 'Số không được lớn hơn 100.'],
		[{ months: '-1' }, 'months', 'Số không được âm.'],
		[{ months: 'x' }, 'months', 'Chỉ nhập chữ số, ví dụ 2.000.000 hoặc 0,5.']
	] as const)('refuse %o on its field, leaving its value out', (change, key, message) => {
		const reading = readNumbers(
			{ records: '10', rate: '5', months: '3', ...change },
			RULES,
			'whole'
		);
		expect(reading.errors[key]).toBe(message);
		expect(reading.values[key]).toBeUndefined();
		expect(Object.keys(reading.values)).toHaveLength(2);
	});
});
