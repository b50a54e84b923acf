import { describe, expect, it } from 'vitest';
import { chapterPageData } from './cards';
import { buildChapterIndex } from './chapter-index';

const meta = (number: number, slug: string) => ({
	number,
	slug,
	title: `Chương ${number}`,
	summary: 'Tóm lược.',
	objectives: ['Hiểu được CRM.'],
	minutes: 20,
	outline: [{ id: 'mo-dau', title: 'Mở đầu', depth: 2 }]
});

const index = buildChapterIndex({
	'/content/chapters/01-mot.md': meta(1, 'mot'),
	'/content/chapters/02-hai.md': meta(2, 'hai'),
	'/content/chapters/03-ba.md': meta(3, 'ba')
});

describe('chapterPageData', () => {
	it('gives the chapter and cards of its neighbours, without outline or file', () => {
		const data = chapterPageData(index, 'hai')!;
		expect(data.chapter.file).toBe('/content/chapters/02-hai.md');
		expect(data.previous).toEqual({
			number: 1,
			slug: 'mot',
			title: 'Chương 1',
			summary: 'Tóm lược.',
			minutes: 20,
			href: '/chuong/mot'
		});
		expect(data.next?.slug).toBe('ba');
	});

	it.each([
		['mot', undefined, 'hai'],
		['ba', 'hai', undefined]
	])('has no card past the ends (%s)', (slug, previous, next) => {
		const data = chapterPageData(index, slug)!;
		expect(data.previous?.slug).toBe(previous);
		expect(data.next?.slug).toBe(next);
	});

	it('returns undefined for an unknown chapter', () => {
		expect(chapterPageData(index, 'khong-co')).toBeUndefined();
	});
});
