import { describe, expect, it } from 'vitest';
import { fold, searchGlossary } from './glossary-search';

const entries = [
	{
		term: 'chi phí tinh thần',
		english: 'psychic cost',
		definition: 'Căng thẳng khi mua.',
		aliases: []
	},
	{
		term: 'giá trị vòng đời khách hàng',
		english: 'customer lifetime value',
		definition: 'Lợi nhuận cả đời.',
		aliases: ['CLV']
	},
	{
		term: 'lòng trung thành',
		english: 'loyalty',
		definition: 'Gắn bó với giá trị vòng đời cao.',
		aliases: []
	}
];

describe('glossary search', () => {
	it.each([
		['Đường đi', 'duong di'],
		['  GIÁ TRỊ ', 'gia tri']
	])('folds %j to %j', (input, expected) => expect(fold(input)).toBe(expected));

	it.each([
		['', ['chi phí tinh thần', 'giá trị vòng đời khách hàng', 'lòng trung thành']],
		['vong doi', ['giá trị vòng đời khách hàng', 'lòng trung thành']],
		['clv', ['giá trị vòng đời khách hàng']],
		['LOYALTY', ['lòng trung thành']],
		['tinh than loyalty', []]
	])('finds %j', (query, terms) => {
		expect(searchGlossary(entries, query).map((e) => e.term)).toEqual(terms);
	});
});
