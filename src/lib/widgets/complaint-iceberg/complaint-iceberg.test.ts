import { describe, expect, it } from 'vitest';
import { chapterProse } from '../shared/chapter-prose';
import { iceberg, readFields, toRaw, workedLines, type Raw } from './complaint-iceberg';
import { TEXT } from './text';

const TRUC_XANH = toRaw(TEXT.presets[0]!.inputs);
const read = (changes: Partial<Raw> = {}) =>
	readFields({ ...TRUC_XANH, ...changes }, TEXT.wholeNumber);
const CHAPTER = chapterProse('09-phan-nan-va-trung-thanh.md');
const EXAMPLE = CHAPTER.split('{#tang-bang-chim}')[1]!.split('\n## ')[0]!;

describe('the complaint iceberg of chapter 9', () => {
	it('starts from Trúc Xanh, typed the Vietnamese way', () => {
		expect(TRUC_XANH).toEqual({
			complaints: '120',
			voiceRate: '5',
			leaveRate: '25',
			margin: '2.000.000'
		});
	});

	it('works out the chapter’s example with the chapter’s numbers', () => {
		const { lines, reason } = workedLines(read(), TEXT);
		expect(reason).toBeNull();
		expect(lines).toEqual([
			'Khách không hài lòng ≈ 120 ÷ 0,05 = 2.400 người',
			'Không hài lòng mà im lặng ≈ 2.400 − 120 = 2.280 người',
			'Im lặng rồi thôi mua ≈ 2.280 × 25% = 570 người',
			'Lãi gộp mất mỗi năm ≈ 570 × 2.000.000 = 1.140.000.000 đ'
		]);
		for (const figure of ['120 ÷ 0,05 = **2.400**', '2.400 − 120 = **2.280**', '**570**'])
			expect(EXAMPLE).toContain(figure);
		expect(EXAMPLE).toContain('570 × 2.000.000 = **1.140.000.000 đ**');
	});

	it.each([
		[{ complaints: 120, voiceRate: 0.02, leaveRate: 0.25, margin: 2_000_000 }, 6000, 5880, 1470],
		[{ complaints: 100, voiceRate: 0.03, leaveRate: 0.3, margin: 1 }, 3333, 3233, 970],
		[{ complaints: 50, voiceRate: 1, leaveRate: 0.5, margin: 1 }, 50, 0, 0],
		[{ complaints: 0, voiceRate: 0.05, leaveRate: 0.25, margin: 1 }, 0, 0, 0]
	])('counts whole people for %o', (inputs, unhappy, silent, leaving) => {
		expect(iceberg(inputs)).toEqual({ unhappy, silent, leaving, lost: leaving * inputs.margin });
	});

	it('says ≈ where a step was rounded to whole people', () => {
		const { lines } = workedLines(
			read({ complaints: '100', voiceRate: '3', leaveRate: '30' }),
			TEXT
		);
		expect(lines.slice(0, 3)).toEqual([
			'Khách không hài lòng ≈ 100 ÷ 0,03 ≈ 3.333 người',
			'Không hài lòng mà im lặng ≈ 3.333 − 100 = 3.233 người',
			'Im lặng rồi thôi mua ≈ 3.233 × 30% ≈ 970 người'
		]);
	});

	it.each([
		[{ complaints: '' }, 'complaints', 'Hãy nhập một số.', 0, 'số lời phàn nàn'],
		[{ complaints: '12,5' }, 'complaints', TEXT.wholeNumber, 0, 'số lời phàn nàn'],
		[{ voiceRate: '0' }, 'voiceRate', 'Số phải từ 0,1 trở lên.', 0, 'tỉ lệ lên tiếng'],
		[{ leaveRate: '120' }, 'leaveRate', 'Số không được lớn hơn 100.', 2, 'tỉ lệ thôi mua'],
		[{ margin: '-5' }, 'margin', 'Số không được âm.', 3, 'lãi gộp'],
		[
			{ leaveRate: 'nhiều', margin: '' },
			'leaveRate',
			'Chỉ nhập chữ số, ví dụ 2.000.000 hoặc 0,5.',
			2,
			'tỉ lệ thôi mua, lãi gộp'
		]
	] as const)(
		'refuses %o on its field, shows the steps it does not feed and says why the rest wait',
		(changes, field, message, shown, fields) => {
			const reading = read(changes);
			expect(reading.errors[field]).toBe(message);
			const worked = workedLines(reading, TEXT);
			expect(worked.lines).toHaveLength(shown);
			expect(worked.reason).toBe(
				`Chưa tính tiếp được vì ô ${fields} chưa hợp lệ: sửa ô được đánh dấu ở trên.`
			);
			expect(worked.lines.join()).not.toMatch(/NaN|Infinity/);
		}
	);
});
