import { describe, expect, it } from 'vitest';
import type { SearchDocument, SearchKind } from './documents';
import { groupResults, highlight, resultsStatus, snippet, type TextPart } from './results';

/** Parts written compactly: marked words in [brackets]. */
const show = (parts: TextPart[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('highlight', () => {
	it.each([
		['Sự thỏa mãn của khách hàng', ['thoa', 'man'], 'Sự [thỏa] [mãn] của khách hàng'],
		['KHÁCH hàng, khách quen', ['khach'], '[KHÁCH] hàng, [khách] quen'],
		['giá trị', ['gia tri'], 'giá trị'],
		['', ['x'], '']
	])('%j with %j reads %j', (text, terms, expected) => {
		expect(show(highlight(text, new Set(terms)))).toBe(expected);
	});
});

describe('snippet', () => {
	const long =
		`${'mở đầu '.repeat(30)}đây là sự thỏa mãn của khách hàng ${'kết thúc '.repeat(30)}`.trim();

	it.each([
		['a short text, whole', 'Khách hàng hài lòng.', ['zzz'], 'Khách hàng hài lòng.'],
		[
			'a short text with a match, marked',
			'(Khách hàng hài lòng.)',
			['hai'],
			'(Khách hàng [hài] lòng.)'
		],
		['no match: the start', long, ['zzz'], `${'mở đầu '.repeat(21)}mở …`],
		[
			'a match in the middle: around it',
			long,
			['thoa'],
			`… đầu ${'mở đầu '.repeat(5)}đây là sự [thỏa] mãn của khách hàng ${'kết thúc '.repeat(8)}kết …`
		],
		['nothing for no text', '', ['x'], '']
	])('%s', (_what, text, terms, expected) => {
		const parts = snippet(text, new Set(terms));
		expect(show(parts)).toBe(expected);
	});

	it('keeps to about its length', () => {
		expect(show(snippet(long, new Set(['thoa']))).length).toBeLessThanOrEqual(150 + 6);
	});
});

const doc = (id: string, kind: SearchKind, title = id): SearchDocument => ({
	id,
	kind,
	title,
	subtitle: '',
	keywords: '',
	text: '',
	context: 'Chương 1 · Tổng quan',
	href: `/chuong/${id}`
});

describe('groupResults', () => {
	const docs = new Map(
		[
			doc('a', 'chapter'),
			doc('b', 'chapter'),
			doc('c', 'chapter'),
			doc('t', 'term'),
			doc('q', 'question')
		].map((d) => [d.id, d])
	);
	const hit = (id: string, score: number) => ({ id, score, terms: [] });

	it.each([
		[
			'kinds in order, best first, each kept to its limit',
			[hit('q', 9), hit('a', 1), hit('t', 5), hit('c', 3), hit('b', 2)],
			[
				['chapter', ['c', 'b']],
				['term', ['t']],
				['question', ['q']]
			]
		],
		['unknown ids skipped, empty kinds left out', [hit('zz', 4), hit('t', 1)], [['term', ['t']]]],
		['nothing for no hits', [], []]
	])('%s', (_what, hits, expected) => {
		const groups = groupResults(hits, docs, { chapter: 2, term: 4, question: 4 });
		expect(groups.map((g) => [g.kind, g.items.map((i) => i.id)])).toEqual(expected);
	});

	it('labels each group and marks the matched words', () => {
		const [group] = groupResults([{ id: 'a', score: 1, terms: ['a'] }], docs);
		expect(group?.label).toBe('Chương');
		expect(group?.items[0]?.title).toEqual([{ text: 'a', mark: true }]);
	});
});

describe('resultsStatus', () => {
	const group = (kind: SearchKind, n: number) => ({
		kind,
		label: '',
		items: Array.from({ length: n }, () => ({
			id: '',
			kind,
			subtitle: '',
			context: '',
			href: '',
			title: [],
			snippet: []
		}))
	});

	it.each([
		{ query: '', counts: [['term', 1]], expected: '' },
		{ query: '  zzz ', counts: [], expected: 'Không tìm thấy kết quả cho “zzz”.' },
		{
			query: 'thoa man',
			counts: [
				['chapter', 3],
				['term', 1]
			],
			expected: '4 kết quả: 3 mục trong chương, 1 thuật ngữ.'
		},
		{ query: 'clv', counts: [['question', 2]], expected: '2 kết quả: 2 câu hỏi.' }
	] as { query: string; counts: [SearchKind, number][]; expected: string }[])(
		'$query says $expected',
		({ query, counts, expected }) => {
			expect(
				resultsStatus(
					query,
					counts.map(([kind, n]) => group(kind, n))
				)
			).toBe(expected);
		}
	);
});
