import { describe, expect, it } from 'vitest';
import { parseGlossary } from './glossary';

const FILE = 'content/glossary.json';
const term = {
	id: 'clv',
	term: 'giá trị vòng đời khách hàng',
	english: 'customer lifetime value',
	definition: 'Giá trị hiện tại của lợi nhuận mà một khách hàng mang lại trong suốt quan hệ.',
	ref: 'xay-dung-quan-he#gia-tri-vong-doi',
	aliases: ['CLV']
};
const problem = (terms: unknown[]) => {
	try {
		parseGlossary({ terms }, FILE);
	} catch (error) {
		return (error as Error).message;
	}
	return 'no problem';
};

describe('parseGlossary', () => {
	it('accepts terms and fills in missing aliases', () => {
		const [withAlias, without] = parseGlossary(
			{ terms: [term, { ...term, id: 'e', term: 'kỳ vọng', aliases: undefined }] },
			FILE
		);
		expect(withAlias!.aliases).toEqual(['CLV']);
		expect(without!.aliases).toEqual([]);
	});

	it.each([
		[[{ ...term, english: '' }], /terms\.0\.english: the English term must not be empty/],
		[[{ ...term, ref: 'xay-dung' }], /terms\.0\.ref: /],
		[[{ ...term, definition: 'từ '.repeat(46) }], /terms\.0\.definition: .*at most 45 words/],
		[[term, { ...term, term: 'khác', aliases: [] }], /terms\.1\.id: "clv" is used twice/],
		[
			[term, { ...term, id: 'x', term: 'clv', aliases: [] }],
			/terms\.1: "clv" is already the term "clv"/
		]
	])('refuses a bad glossary (%#)', (terms, message) => {
		expect(problem(terms)).toMatch(message);
	});
});
