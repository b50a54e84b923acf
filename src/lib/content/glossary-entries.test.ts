import { describe, expect, it } from 'vitest';
import { buildChapterIndex } from './chapter-index';
import { buildGlossaryEntries } from './glossary-entries';
import { parseGlossary } from './glossary.js';

const index = buildChapterIndex({
	'/content/chapters/03-gia-tri.md': {
		number: 3,
		slug: 'gia-tri',
		title: 'Giá trị và sự thỏa mãn',
		summary: 'Tóm lược.',
		objectives: ['Hiểu giá trị.'],
		minutes: 20,
		outline: [{ id: 'ky-vong', title: 'Kỳ vọng của khách hàng', depth: 2 }]
	}
});

const term = (id: string, name: string, ref: string) => ({
	id,
	term: name,
	english: id,
	definition: 'Định nghĩa ngắn.',
	ref
});

describe('buildGlossaryEntries', () => {
	it('links each term to its section and sorts in Vietnamese order', () => {
		const terms = parseGlossary({
			terms: [
				term('thoa-man', 'thỏa mãn', 'gia-tri'),
				term('ky-vong', 'kỳ vọng', 'gia-tri#ky-vong'),
				term('dich-vu', 'dịch vụ', 'gia-tri#ky-vong')
			]
		});
		const entries = buildGlossaryEntries(terms, index);
		expect(entries.map((e) => e.term)).toEqual(['dịch vụ', 'kỳ vọng', 'thỏa mãn']);
		expect(entries[1]).toEqual({
			id: 'ky-vong',
			term: 'kỳ vọng',
			english: 'ky-vong',
			definition: 'Định nghĩa ngắn.',
			aliases: [],
			href: '/chuong/gia-tri#ky-vong',
			where: 'Chương 3 · Kỳ vọng của khách hàng'
		});
		expect(entries[2]).toMatchObject({
			href: '/chuong/gia-tri',
			where: 'Chương 3 · Giá trị và sự thỏa mãn'
		});
	});

	it.each([
		['gia-tri#khong-co', 'terms.1.ref: "gia-tri#khong-co" does not resolve'],
		['gia-tri#Ky', 'terms.1.ref: "gia-tri#Ky" is not a reference']
	])('names the field of a ref that does not resolve (%s)', (ref, message) => {
		const terms = parseGlossary({
			terms: [term('a', 'a', 'gia-tri'), term('b', 'b', ref)]
		});
		expect(() => buildGlossaryEntries(terms, index)).toThrow(`content/glossary.json: ${message}`);
	});
});
