import { describe, expect, it } from 'vitest';
import { chapterProse } from '../shared/chapter-prose';
import { compare, readFields, toRaw, workedLines, type Raw } from './deployment-cost';
import { TEXT } from './text';

const CAU_NOI = toRaw(TEXT.presets[0]!.inputs);
const read = (changes: Partial<Raw> = {}) =>
	readFields({ ...CAU_NOI, ...changes }, TEXT.wholeNumber);
const CHAPTER = chapterProse('08-crm-internet-xu-huong.md');
const EXAMPLE = CHAPTER.split('{#tai-cho-va-theo-yeu-cau}')[1]!.split('\n### ')[0]!;
const base = TEXT.presets[0]!.inputs;

describe('buying against renting a CRM (chapter 8)', () => {
	it('works out Cầu Nối with the chapter’s figures', () => {
		const worked = workedLines(read(), TEXT);
		if (!worked.ok) throw new Error(worked.reason);
		expect(worked.lines).toEqual([
			'Tại chỗ, chi một lần = 50 × 8 + 200 = 400 + 200 = 600',
			'Tại chỗ, chi mỗi năm = 20% × 400 + 120 = 200',
			'Đám mây, chi một lần = 60',
			'Đám mây, chi mỗi năm = 50 × 0,6 × 12 = 360'
		]);
		expect(worked.rows.map((r) => [r.years, r.onPremise, r.cloud])).toEqual([
			[1, 800, 420],
			[2, 1000, 780],
			[3, 1200, 1140],
			[4, 1400, 1500],
			[5, 1600, 1860]
		]);
		expect(worked.verdict).toBe(
			'Điểm hòa: n = 540 ÷ 160 = 3,375 năm. Trước mốc đó thuê (đám mây) rẻ hơn, sau đó mua (tại chỗ) rẻ hơn (nếu không phải nâng cấp lớn).'
		);
		// the chapter's own table and break-even
		expect(EXAMPLE).toContain('| Tại chỗ | 800 | 1.200 | 1.400 | 1.600 |');
		expect(EXAMPLE).toContain('| Đám mây | 420 | 1.140 | 1.500 | 1.860 |');
		expect(EXAMPLE).toContain('540 = 160 × n → **n = 3,375 năm**');
	});

	it.each([
		[{ users: 20 }, null, 'cloud'],
		[
			{
				users: 10,
				licence: 10,
				setup: 0,
				maintenance: 0,
				staff: 0,
				cloudSetup: 40,
				subscription: 1
			},
			{ years: 0.5, cheaperFirst: 'cloud' },
			null
		],
		[
			{
				users: 10,
				licence: 1,
				setup: 0,
				maintenance: 0,
				staff: 110,
				cloudSetup: 50,
				subscription: 0.25
			},
			{ years: 0.5, cheaperFirst: 'onPremise' },
			null
		],
		[{ licence: 0, setup: 0, cloudSetup: 100 }, null, 'onPremise'],
		[{ setup: 60, licence: 0, staff: 360, maintenance: 0 }, null, null]
	] as const)('with %o, break-even %o, always cheaper %s', (changes, breakEven, always) => {
		const c = compare({ ...base, ...changes });
		expect(c.breakEven).toEqual(breakEven);
		expect(c.alwaysCheaper).toBe(always);
	});

	it('says so when there is no break-even', () => {
		const worked = workedLines(read({ users: '20' }), TEXT);
		expect(worked.ok && worked.verdict).toBe(
			'Không có điểm hòa: thuê (đám mây) rẻ hơn ở mọi thời hạn, vì không đắt hơn cả lúc đầu lẫn mỗi năm.'
		);
		expect(worked.ok && worked.lines[1]).toBe('Tại chỗ, chi mỗi năm = 20% × 160 + 120 = 152');
	});

	it.each([
		[{ users: '0' }, 'users', 'Số phải từ 1 trở lên.', 'số người dùng'],
		[{ users: '12,5' }, 'users', TEXT.wholeNumber, 'số người dùng'],
		[{ maintenance: '150' }, 'maintenance', 'Số không được lớn hơn 100.', 'bảo trì'],
		[
			{ subscription: 'sáu trăm', setup: '' },
			'subscription',
			'Chỉ nhập chữ số, ví dụ 2.000.000 hoặc 0,5.',
			'máy chủ, triển khai, thuê bao'
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
