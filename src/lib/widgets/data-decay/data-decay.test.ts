import { describe, expect, it } from 'vitest';
import { chapterProse } from '../shared/chapter-prose';
import { decay, readFields, toRaw, workedLines, type Raw } from './data-decay';
import { TEXT } from './text';

const DAT_LANH = toRaw(TEXT.presets[0]!.inputs);
const read = (changes: Partial<Raw> = {}) => readFields({ ...DAT_LANH, ...changes }, TEXT);
const CHAPTER = chapterProse('07-du-lieu-va-phan-tich.md');
const EXAMPLE = CHAPTER.split('{#suy-giam-du-lieu}')[1]!.split('\n### ')[0]!;

describe('data decay of chapter 7', () => {
	it('works out Đất Lành’s contacts as the chapter does', () => {
		expect(workedLines(read(), TEXT)).toEqual({
			ok: true,
			lines: [
				'Còn đúng = 2.000 × 0,98^12 ≈ 2.000 × 0,785 ≈ 1.569 hồ sơ',
				'Đã lỗi thời = 2.000 − 1.569 = 431 hồ sơ (≈ 21,5%)',
				'Cộng đơn giản 2% × 12 = 24% là quá tay: mỗi tháng chỉ tính trên phần hồ sơ còn đúng.'
			]
		});
		expect(EXAMPLE).toContain('2.000 × 0,98^12 ≈ 2.000 × 0,785 ≈ 1.569');
		expect(EXAMPLE).toContain('**431** liên hệ (≈ 21,5%)');
		expect(EXAMPLE).toContain('2% × 12 = 24%');
	});

	it.each([
		[{ records: 2000, rate: 0.02, months: 36 }, 966, 0.72],
		[{ records: 1000, rate: 0.5, months: 3 }, 125, 1],
		[{ records: 500, rate: 0, months: 24 }, 500, 0],
		[{ records: 500, rate: 0.1, months: 0 }, 500, 0]
	])(
		'keeps %o: %d correct; adding the months up would say a share of %d lost',
		(inputs, correct, naive) => {
			const d = decay(inputs);
			expect(d.correct).toBe(correct);
			expect(d.outdated).toBe(inputs.records - correct);
			expect(d.naive).toBeCloseTo(naive, 9);
		}
	);

	it('leaves out the adding-up line where it would not overstate anything', () => {
		for (const changes of [{ rate: '0' }, { months: '1' }, { months: '0' }]) {
			const worked = workedLines(read(changes), TEXT);
			expect(worked.ok && worked.lines, JSON.stringify(changes)).toHaveLength(2);
		}
	});

	it.each([
		[{ records: '0' }, 'records', 'Số phải từ 1 trở lên.', 'số hồ sơ'],
		[{ months: '1,5' }, 'months', TEXT.wholeNumber, 'số tháng'],
		[{ rate: '200' }, 'rate', 'Số không được lớn hơn 100.', 'tỉ lệ suy giảm'],
		[
			{ rate: 'hai', records: '' },
			'rate',
			'Chỉ nhập chữ số, ví dụ 2.000.000 hoặc 0,5.',
			'số hồ sơ, tỉ lệ suy giảm'
		]
	] as const)(
		'refuses %o on its field and says why nothing is worked out',
		(changes, field, message, fields) => {
			const reading = read(changes);
			expect(reading.errors[field]).toBe(message);
			expect(workedLines(reading, TEXT)).toEqual({
				ok: false,
				reason: `Chưa tính được vì ô ${fields} chưa hợp lệ: sửa ô được đánh dấu ở trên.`
			});
		}
	);
});
