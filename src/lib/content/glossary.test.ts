import { describe, expect, it } from 'vitest';
import { parseGlossary, parseGlossaryJson } from './glossary';

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
		[[{ ...term, ref: '' }], /terms\.0\.ref: ref must name the section/],
		[[{ ...term, english: undefined }], /terms\.0\.english: is missing/],
		[[{ ...term, note: 'x' }], /terms\.0\.note: is not a known field/],
		[[{ ...term, definition: 'từ '.repeat(46) }], /terms\.0\.definition: .*at most 45 words/],
		[[term, { ...term, term: 'khác', aliases: [] }], /terms\.1\.id: "clv" is used twice/],
		[
			[term, { ...term, id: 'x', term: 'clv', aliases: [] }],
			/terms\.1\.term: "clv" is already a phrase of the term "clv"/
		],
		[
			[term, { ...term, id: 'x', term: 'khác', aliases: ['LTV', 'Clv'] }],
			/terms\.1\.aliases\.1: "Clv" is already a phrase of the term "clv"/
		],
		[
			[{ ...term, aliases: ['CLV', 'clv'] }],
			/terms\.0\.aliases\.1: "clv" appears twice in this term/
		]
	])('refuses a bad glossary (%#)', (terms, message) => {
		expect(problem(terms)).toMatch(message);
	});
});

describe('parseGlossaryJson', () => {
	it('names the file of text that is not JSON', () => {
		expect(() => parseGlossaryJson('{ "terms": [', FILE)).toThrow(
			/^content\/glossary\.json: not valid JSON: /
		);
	});

	it('reads the text through the same checks', () => {
		expect(parseGlossaryJson(JSON.stringify({ terms: [term] }), FILE)[0]!.id).toBe('clv');
		expect(() => parseGlossaryJson('{ "terms": [] }', FILE)).toThrow(
			'content/glossary.json: terms: the glossary has no terms'
		);
	});
});
