import { describe, expect, it } from 'vitest';
import { notShown } from './calculator';

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
