import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chapterDocuments, type SearchDocument, type SearchKind } from './documents';
import { createSearchEngine } from './engine';

const doc = (id: string, kind: SearchKind, title: string, text = '', keywords = '') =>
	({
		id,
		kind,
		title,
		subtitle: '',
		keywords,
		text,
		context: '',
		href: `/${id}`
	}) as SearchDocument;

const documents = [
	doc('thoa-man', 'chapter', 'Sự thỏa mãn của khách hàng', 'So sánh kỳ vọng E với cảm nhận P.'),
	doc('chi-phi', 'chapter', 'Tổng chi phí của khách hàng', 'Tiền, thời gian, công sức, tinh thần.'),
	doc('clv', 'term', 'giá trị vòng đời khách hàng', 'Lợi nhuận cả đời của một khách.', 'CLV'),
	doc('loyalty', 'term', 'lòng trung thành', 'Khách quay lại và giới thiệu người khác.'),
	doc('q1', 'question', 'Khi E = P, khách hàng có thỏa mãn không?')
];
const engine = createSearchEngine(documents);
const ids = (query: string) => engine.search(query).flatMap((g) => g.items.map((i) => i.id));

describe('search engine', () => {
	it.each([
		['with diacritics', 'thỏa mãn', ['thoa-man', 'q1']],
		['without them', 'thoa man', ['thoa-man', 'q1']],
		['in capitals', 'THOA MAN', ['thoa-man', 'q1']],
		['every word must match', 'khach hang chi phi', ['chi-phi']],
		['the last word as a prefix', 'trung th', ['loyalty']],
		['an alias', 'clv', ['clv']],
		['a typo in a long word', 'khachs', ['thoa-man', 'chi-phi', 'clv', 'loyalty', 'q1']],
		['no typo forgiven in a short word', 'thoz', []],
		['when no document has every word, any', 'tinh than zzz', ['chi-phi']],
		['nothing for punctuation only', ' — ', []]
	])('finds %s: %j', (_what, query, expected) => {
		expect(ids(query).sort()).toEqual([...expected].sort());
	});

	it('ranks a match in the title above one in the text', () => {
		const engine = createSearchEngine([
			doc('text', 'chapter', 'Kỳ vọng', 'Sự thỏa mãn đến từ đâu.'),
			doc('title', 'chapter', 'Sự thỏa mãn', 'Kỳ vọng và cảm nhận.')
		]);
		expect(engine.search('thoa man')[0]?.items.map((i) => i.id)).toEqual(['title', 'text']);
	});

	it('groups by kind and marks the words that matched', () => {
		const groups = engine.search('thoa');
		expect(groups.map((g) => g.label)).toEqual(['Chương', 'Câu hỏi']);
		expect(groups[0]?.items[0]?.title.filter((p) => p.mark).map((p) => p.text)).toEqual(['thỏa']);
	});
});

describe('search over the real chapters', () => {
	const dir = 'content/chapters';
	const chapters = readdirSync(dir)
		.filter((f) => f.endsWith('.md'))
		.flatMap((file) => {
			const source = readFileSync(`${dir}/${file}`, 'utf8');
			const slug = file.slice(3, -3);
			return chapterDocuments({ slug, number: Number(file.slice(0, 2)), title: slug, source });
		});
	const real = createSearchEngine(chapters);

	it.each([
		['thoa man', '/chuong/gia-tri-va-su-thoa-man#su-thoa-man'],
		['gia tri danh cho khach hang', '/chuong/gia-tri-va-su-thoa-man#gia-tri-danh-cho-khach-hang'],
		['bảy giai đoạn', '/chuong/xay-dung-quan-he#bay-giai-doan'],
		['pareto', '/chuong/trien-khai-crm#pareto']
	])('%j finds %s among the first three', (query, href) => {
		const hrefs = real.search(query)[0]?.items.map((i) => i.href) ?? [];
		expect(hrefs.slice(0, 3)).toContain(href);
	});
});
