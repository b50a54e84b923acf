import { describe, expect, it } from 'vitest';
import { CHAPTER_FILE, chapterMeta } from './fixtures/chapter-meta';
import { buildChapterIndex } from './chapter-index';
import { RefError } from './refs';

const meta = chapterMeta;
const FILE = CHAPTER_FILE;

describe('buildChapterIndex', () => {
	const index = buildChapterIndex({
		'/content/chapters/02-hai.md': meta({ number: 2, slug: 'hai', title: 'Hai' }),
		[FILE]: meta()
	});

	it('orders chapters by number and links neighbours', () => {
		expect(index.chapters.map((c) => c.slug)).toEqual(['tong-quan', 'hai']);
		expect(index.neighbours('tong-quan').next?.slug).toBe('hai');
		expect(index.neighbours('tong-quan').previous).toBeUndefined();
		expect(index.neighbours('hai').previous?.slug).toBe('tong-quan');
		expect(index.get('khong-co')).toBeUndefined();
	});

	it.each([
		['hai#chi-tiet', { href: '/chuong/hai#chi-tiet', section: { title: 'Chi tiết' } }],
		['tong-quan#mo-dau', { href: '/chuong/tong-quan#mo-dau', section: { depth: 2 } }],
		['hai', { href: '/chuong/hai', chapter: { title: 'Hai' } }]
	])('resolves the ref %s', (ref, expected) => {
		expect(index.resolve(ref)).toMatchObject(expected);
		expect(index.tryResolve(ref)).toMatchObject(expected);
	});

	it.each([
		['hai#khong-co', '"hai#khong-co" does not resolve: chapter "hai" has no section "khong-co"'],
		['khong-co#mo-dau', '"khong-co#mo-dau" does not resolve: there is no chapter "khong-co"'],
		['khong-co', 'there is no chapter "khong-co"'],
		['hai#mo-dau#x', '"hai#mo-dau#x" is not a reference: it has more than one "#"'],
		['Hai#mo-dau', 'is not a reference']
	])('refuses the unknown reference %s', (ref, message) => {
		expect(() => index.resolve(ref)).toThrow(RefError);
		expect(() => index.resolve(ref)).toThrow(message);
		expect(index.tryResolve(ref)).toBeUndefined();
	});

	it('refuses two chapters with the same number', () => {
		expect(() =>
			buildChapterIndex({ [FILE]: meta(), '/content/chapters/01-khac.md': meta({ slug: 'khac' }) })
		).toThrow('number: 1 is also used by');
	});
});
