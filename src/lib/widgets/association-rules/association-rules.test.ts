import { describe, expect, it } from 'vitest';
import { chapterProse } from '../shared/chapter-prose';
import { measures, readFields, toRaw, workedLines, type Raw } from './association-rules';
import { TEXT } from './text';

const FRYER = toRaw(TEXT.presets[0]!.inputs);
const read = (changes: Partial<Raw> = {}, from: Raw = FRYER) =>
	readFields({ ...from, ...changes }, TEXT);
const CHAPTER = chapterProse('07-du-lieu-va-phan-tich.md');
const RULES = CHAPTER.split('{#luat-ket-hop}')[1]!.split('\n### ')[0]!;

describe('association rules of chapter 7', () => {
	it('works out the chapter’s fryer and baking paper with the chapter’s figures', () => {
		const worked = workedLines(read(), TEXT);
		expect(worked.ok && worked.lines).toEqual([
			'Độ hỗ trợ = 800 ÷ 10.000 = 8%',
			'Độ tin cậy A → B = 800 ÷ 2.000 = 40%',
			'Tỉ lệ giỏ có B = 1.600 ÷ 10.000 = 16%',
			'Độ nâng = 40% ÷ 16% = 2,5',
			'Chiều ngược lại, độ tin cậy B → A = 800 ÷ 1.600 = 50%'
		]);
		expect(worked.ok && worked.verdict).toBe('together');
		for (const figure of ['800 ÷ 10.000 = **8%**', '800 ÷ 2.000 = **40%**', '40% ÷ 16% = **2,5**'])
			expect(RULES).toContain(figure);
		expect(RULES).toContain('800 ÷ 1.600 = 50%');
	});

	it('finds the bag unrelated to the fryer, as the chapter does: lift exactly 1', () => {
		const worked = workedLines(read({}, toRaw(TEXT.presets[1]!.inputs)), TEXT);
		expect(worked.ok && worked.lines[3]).toBe('Độ nâng = 60% ÷ 60% = 1');
		expect(worked.ok && worked.verdict).toBe('unrelated');
		expect(RULES).toContain('60% ÷ 60% = **1**');
	});

	it.each([
		[{ baskets: 10_000, withA: 1500, withB: 1200, withBoth: 60 }, 'apart', '≈ 0,33'],
		[{ baskets: 8000, withA: 1000, withB: 2000, withBoth: 500 }, 'together', '= 2'],
		[{ baskets: 3, withA: 3, withB: 3, withBoth: 3 }, 'unrelated', '= 1'],
		[{ baskets: 7, withA: 3, withB: 2, withBoth: 0 }, 'apart', '= 0']
	] as const)('reads %o as %s, lift %s', (counts, verdict, lift) => {
		expect(measures(counts).verdict).toBe(verdict);
		const worked = workedLines(read({}, toRaw(counts)), TEXT);
		expect(worked.ok && worked.lines[3]).toMatch(new RegExp(`${lift}$`));
	});

	it('says ≈ where a share was rounded', () => {
		const worked = workedLines(read({ baskets: '3', withA: '3', withB: '1', withBoth: '1' }), TEXT);
		expect(worked.ok && worked.lines[0]).toBe('Độ hỗ trợ = 1 ÷ 3 ≈ 33,3%');
	});

	it.each([
		[{ baskets: '' }, 'baskets', 'Hãy nhập một số.', 'tổng số giỏ'],
		[{ withA: '0' }, 'withA', 'Số phải từ 1 trở lên.', 'số giỏ có A'],
		[{ withB: '12.000' }, 'withB', TEXT.moreThanBaskets, 'số giỏ có B'],
		[{ withBoth: '2.500' }, 'withBoth', TEXT.moreThanEither, 'số giỏ có cả hai'],
		[{ withBoth: '80,5' }, 'withBoth', TEXT.wholeNumber, 'số giỏ có cả hai'],
		[
			{ withA: 'hai nghìn', withBoth: '-1' },
			'withA',
			'Chỉ nhập chữ số, ví dụ 2.000.000 hoặc 0,5.',
			'số giỏ có A, số giỏ có cả hai'
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
