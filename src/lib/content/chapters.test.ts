import { describe, expect, it } from 'vitest';
import { buildChapterIndex, parseChapter } from './chapters';
import { ContentError } from './errors';

const meta = (overrides: Record<string, unknown> = {}) => ({
	number: 1,
	slug: 'tong-quan',
	title: 'Tổng quan',
	summary: 'Tóm lược.',
	objectives: ['Hiểu được CRM.'],
	minutes: 20,
	outline: [
		{ id: 'mo-dau', title: 'Mở đầu', depth: 2 },
		{ id: 'chi-tiet', title: 'Chi tiết', depth: 3 }
	],
	...overrides
});

const FILE = '/content/chapters/01-tong-quan.md';

describe('parseChapter', () => {
	it('accepts valid metadata and derives the page address', () => {
		expect(parseChapter(FILE, meta())).toMatchObject({
			slug: 'tong-quan',
			href: '/chuong/tong-quan'
		});
	});

	it.each([
		[{ title: undefined }, 'title: is missing'],
		[{ title: '   ' }, 'title: title must not be empty'],
		[{ minutes: 'nhiều' }, 'minutes: minutes must be a number'],
		[{ objectives: [] }, 'objectives: objectives must list at least one'],
		[{ number: 2 }, 'number: is 2 but the file name says 01'],
		[{ slug: 'khac' }, 'slug: is "khac" but the file name says "tong-quan"'],
		[{ author: 'X' }, 'author: is not a known field'],
		[{ outline: [] }, 'outline: the chapter has no ## sections']
	])('names the file and field for %j', (override, message) => {
		expect(() => parseChapter(FILE, meta(override))).toThrow(`${FILE}: ${message}`);
	});

	it('rejects a badly named file', () => {
		expect(() => parseChapter('/content/chapters/tong-quan.md', meta())).toThrow(ContentError);
	});
});

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

	it('resolves slug#section references', () => {
		expect(index.resolve('hai#chi-tiet')).toMatchObject({
			href: '/chuong/hai#chi-tiet',
			section: { title: 'Chi tiết' }
		});
	});

	it.each([
		['hai#khong-co', 'chapter "hai" has no section "khong-co"'],
		['khong-co#mo-dau', 'there is no chapter "khong-co"'],
		['hai', 'references are written "chapter-slug#section-id"'],
		['hai#mo-dau#x', 'references are written']
	])('refuses the unknown reference %s', (ref, message) => {
		expect(() => index.resolve(ref)).toThrow(message);
		expect(index.tryResolve(ref)).toBeUndefined();
	});

	it('refuses two chapters with the same number', () => {
		expect(() =>
			buildChapterIndex({ [FILE]: meta(), '/content/chapters/01-khac.md': meta({ slug: 'khac' }) })
		).toThrow('number: 1 is also used by');
	});
});
