import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chapterSections } from './chapter-text';
import {
	buildSearchDocuments,
	chapterDocuments,
	parseSearchIndex,
	type SearchDocument
} from './documents';

const chapter = {
	slug: 'gia-tri-va-su-thoa-man',
	number: 3,
	title: 'Giá trị và sự thỏa mãn của khách hàng',
	source: '---\nnumber: 3\n---\nMở đầu.\n\n## Sự thỏa mãn {#su-thoa-man}\n\nSo sánh **E** với P.\n'
};

const term = {
	id: 'su-thoa-man',
	term: 'sự thỏa mãn',
	english: 'customer satisfaction',
	aliases: ['hài lòng', 'thỏa mãn'],
	definition: 'Cảm giác khi P ≥ E.',
	href: '/chuong/gia-tri-va-su-thoa-man#su-thoa-man',
	where: 'Chương 3 · Sự thỏa mãn'
};

const question = {
	id: 'gia-tri-va-su-thoa-man-007',
	prompt: 'Khi E = P, khách hàng cảm thấy thế nào?',
	ref: 'gia-tri-va-su-thoa-man#su-thoa-man'
};

const place = (ref: string) => ({ href: `/chuong/${ref}`, where: `nơi dạy ${ref}` });

describe('search documents', () => {
	it('gives a chapter one document per section, the opening linking to the chapter', () => {
		expect(chapterDocuments(chapter)).toEqual([
			{
				id: 'chuong:gia-tri-va-su-thoa-man',
				kind: 'chapter',
				title: 'Giá trị và sự thỏa mãn của khách hàng',
				subtitle: '',
				keywords: '',
				text: 'Mở đầu.',
				context: 'Chương 3 · Giá trị và sự thỏa mãn của khách hàng',
				href: '/chuong/gia-tri-va-su-thoa-man'
			},
			{
				id: 'chuong:gia-tri-va-su-thoa-man#su-thoa-man',
				kind: 'chapter',
				title: 'Sự thỏa mãn',
				subtitle: '',
				keywords: '',
				text: 'So sánh E với P.',
				context: 'Chương 3 · Giá trị và sự thỏa mãn của khách hàng',
				href: '/chuong/gia-tri-va-su-thoa-man#su-thoa-man'
			}
		]);
	});

	it.each<[string, Partial<SearchDocument>]>([
		[
			'thuat-ngu:su-thoa-man',
			{
				kind: 'term',
				title: 'sự thỏa mãn',
				subtitle: 'customer satisfaction',
				keywords: 'hài lòng · thỏa mãn',
				text: 'Cảm giác khi P ≥ E.',
				context: 'Chương 3 · Sự thỏa mãn',
				href: '/chuong/gia-tri-va-su-thoa-man#su-thoa-man'
			}
		],
		[
			'cau-hoi:gia-tri-va-su-thoa-man-007',
			{
				kind: 'question',
				title: 'Khi E = P, khách hàng cảm thấy thế nào?',
				text: '',
				context: 'nơi dạy gia-tri-va-su-thoa-man#su-thoa-man',
				href: '/chuong/gia-tri-va-su-thoa-man#su-thoa-man'
			}
		]
	])('makes %s', (id, expected) => {
		const all = buildSearchDocuments({
			chapters: [chapter],
			terms: [term],
			questions: [question],
			place
		});
		expect(all.find((d) => d.id === id)).toMatchObject(expected);
	});

	it.each([
		[{ documents: [] }, true],
		[{ documents: [{ id: 'x', kind: 'chapter' }] }, false],
		[{ documents: [{ ...chapterDocuments(chapter)[0], kind: 'page' }] }, false],
		[[], false],
		[null, false]
	])('reads %j as an index: %s', (data, ok) => {
		if (ok) expect(parseSearchIndex(data)).toEqual([]);
		else expect(() => parseSearchIndex(data)).toThrow(/not a search index/);
	});
});

describe('the chapters as the index reads them', () => {
	const dir = 'content/chapters';
	const files = readdirSync(dir).filter((f) => f.endsWith('.md'));

	it.each(files)('%s: every heading is a section, and no mark-up is left', (file) => {
		const source = readFileSync(`${dir}/${file}`, 'utf8');
		const sections = chapterSections(source);
		const ids = [...source.matchAll(/^#{2,3} .*\{#([a-z0-9-]+)\}\s*$/gm)].map((m) => m[1]);
		expect(sections.filter((s) => s.id).map((s) => s.id)).toEqual(ids);
		for (const { text, title } of sections) {
			expect(`${title} ${text}`).not.toMatch(/\{#|<Widget|\*\*|\]\(|Ghi chú giảng viên|^---/);
		}
	});
});
