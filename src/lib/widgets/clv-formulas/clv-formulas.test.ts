import { describe, expect, it } from 'vitest';
import { approx, clvForms, formatShare, readFields, toRaw, type Raw } from './clv-formulas';
import { TEXT } from './text';

const LA_NON = toRaw(TEXT.presets[0]!.inputs);
const read = (changes: Partial<Raw> = {}) => readFields({ ...LA_NON, ...changes }, TEXT.noLimit);
const linesOf = (changes: Partial<Raw> = {}) => {
	const forms = clvForms(read(changes), TEXT);
	return Object.values(forms).map((f) => (f.ok ? f.worked.lines : f.reason));
};

describe('the three CLV formulas of chapter 10', () => {
	it('starts from Lá Non, typed the Vietnamese way', () => {
		expect(LA_NON).toEqual({
			margin: '600.000',
			retention: '75',
			discount: '10',
			revenue: '50.000',
			perYear: '40',
			years: '4',
			marginRate: '30'
		});
	});

	it.each([
		{
			name: 'Lá Non',
			changes: {},
			lines: [
				['CLV = 600.000 ÷ (1 + 0,10 − 0,75) = 600.000 ÷ 0,35 ≈ 1.714.286 đ'],
				['CLV = 600.000 × 0,75 ÷ 0,35 = 450.000 ÷ 0,35 ≈ 1.285.714 đ'],
				[
					'Doanh thu vòng đời = 50.000 × 40 × 4 = 8.000.000 đ',
					'CLV (lợi nhuận) = 8.000.000 × 30% = 2.400.000 đ'
				]
			]
		},
		{
			name: 'Sóng Mây, r = 80%',
			changes: { margin: '2.000.000', retention: '80' },
			lines: [
				['CLV = 2.000.000 ÷ (1 + 0,10 − 0,80) = 2.000.000 ÷ 0,30 ≈ 6.666.667 đ'],
				['CLV = 2.000.000 × 0,80 ÷ 0,30 = 1.600.000 ÷ 0,30 ≈ 5.333.333 đ']
			]
		},
		{
			name: 'Sóng Mây, r = 85%',
			changes: { margin: '2000000', retention: '85' },
			lines: [
				['CLV = 2.000.000 ÷ (1 + 0,10 − 0,85) = 2.000.000 ÷ 0,25 = 8.000.000 đ'],
				['CLV = 2.000.000 × 0,85 ÷ 0,25 = 1.700.000 ÷ 0,25 = 6.800.000 đ']
			]
		},
		{
			name: 'r = 100% with d = 10%, still finite',
			changes: { retention: '100' },
			lines: [
				['CLV = 600.000 ÷ (1 + 0,10 − 1,00) = 600.000 ÷ 0,10 = 6.000.000 đ'],
				['CLV = 600.000 × 1,00 ÷ 0,10 = 600.000 ÷ 0,10 = 6.000.000 đ']
			]
		}
	])('works out $name with the chapter’s numbers', ({ changes, lines }) => {
		expect(linesOf(changes).slice(0, lines.length)).toEqual(lines);
	});

	it.each([
		{ changes: { margin: '' }, field: 'margin', message: 'Hãy nhập một số.', fields: 'm' },
		{ changes: { margin: '-5' }, field: 'margin', message: 'Số không được âm.', fields: 'm' },
		{
			changes: { discount: 'mười' },
			field: 'discount',
			message: 'Chỉ nhập chữ số, ví dụ 2.000.000 hoặc 0,5.',
			fields: 'd'
		},
		{
			changes: { retention: '100', discount: '0' },
			field: 'retention',
			message: TEXT.noLimit,
			fields: 'r'
		},
		{
			changes: { retention: '120' },
			field: 'retention',
			message: 'Số không được lớn hơn 100.',
			fields: 'r'
		}
	] as const)('refuses $changes on $field and says why forms 1 and 2 wait', (c) => {
		const reading = read(c.changes);
		expect(reading.errors[c.field]).toBe(c.message);
		const forms = clvForms(reading, TEXT);
		const reason = `Chưa tính được vì ô ${c.fields} chưa hợp lệ: sửa ô được đánh dấu ở trên.`;
		expect(forms.unlimited).toEqual({ ok: false, reason });
		expect(forms.retainedOnly).toEqual({ ok: false, reason });
		expect(forms.simple.ok).toBe(true);
	});

	it('names every field form 3 waits for, and leaves forms 1 and 2 alone', () => {
		const forms = clvForms(read({ revenue: 'abc', years: '' }), TEXT);
		expect(forms.simple).toEqual({
			ok: false,
			reason:
				'Chưa tính được vì ô giá trị mỗi lần mua, số năm gắn bó chưa hợp lệ: sửa ô được đánh dấu ở trên.'
		});
		expect(forms.unlimited.ok && forms.retainedOnly.ok).toBe(true);
	});

	it('keeps the fields a preset does not fill', () => {
		const raw = toRaw(TEXT.presets[1]!.inputs, { ...LA_NON, revenue: '70.000' });
		expect(raw).toMatchObject({ margin: '2.000.000', retention: '80', revenue: '70.000' });
	});

	it.each([
		[0.1, '0,10'],
		[0.8, '0,80'],
		[1, '1,00'],
		[0.125, '0,125'],
		[0.35000000000000003, '0,35']
	])('writes the share %d as %s', (share, text) => {
		expect(formatShare(share)).toBe(text);
	});

	it.each([
		[8_000_000.000000003, '='],
		[2_400_000, '='],
		[1_714_285.71, '≈']
	])('writes %d with %s', (x, sign) => {
		expect(approx(x)).toBe(sign);
	});
});
