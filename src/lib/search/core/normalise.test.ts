import { describe, expect, it } from 'vitest';
import { normalise, tokenize, wordSpans } from './normalise';

describe('normalise', () => {
	it.each([
		['thỏa mãn', 'thoa man'],
		['Khách Hàng', 'khach hang'],
		['ĐỊNH GIÁ quan hệ', 'dinh gia quan he'],
		// the same word typed with combining marks (NFD) folds the same way
		['tho\u0309a ma\u0303n', 'thoa man'],
		['  Giá trị vòng đời ', 'gia tri vong doi'],
		['CLV', 'clv']
	])('folds %j to %j', (input, expected) => expect(normalise(input)).toBe(expected));
});

describe('tokenize', () => {
	it.each([
		['E > P: hài lòng', ['E', 'P', 'hài', 'lòng']],
		['tổng giá trị − tổng chi phí', ['tổng', 'giá', 'trị', 'tổng', 'chi', 'phí']],
		['(CRM 2.0, SaaS)', ['CRM', '2', '0', 'SaaS']],
		['tho\u0309a', ['thỏa']],
		['— … —', []]
	])('splits %j into %j', (input, expected) => expect(tokenize(input)).toEqual(expected));

	it('gives each word where it starts and ends', () => {
		expect(wordSpans('Ý, thứ hai')).toEqual([
			{ word: 'Ý', start: 0, end: 1 },
			{ word: 'thứ', start: 3, end: 6 },
			{ word: 'hai', start: 7, end: 10 }
		]);
	});
});
