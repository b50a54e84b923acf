import { describe, expect, it } from 'vitest';
import { buildDeck, clampSlide, clock, slideFromHash, studentUrl } from './slides';

describe('slides from a chapter', () => {
	const blocks = [
		{ tag: 'p', text: 'Mở đầu' },
		{ tag: 'h2', text: 'Giá trị', id: 'gia-tri' },
		{ tag: 'p', text: 'a' },
		{ tag: 'aside', text: '', notes: 'Hỏi lớp.' },
		{ tag: 'h3', text: 'Sản phẩm', id: 'san-pham' },
		{ tag: 'p', text: 'b' },
		{ tag: 'hr', text: '' },
		{ tag: 'p', text: 'c' },
		{ tag: 'hr', text: '' },
		{ tag: 'h2', text: 'Chi phí', id: 'chi-phi' }
	];

	it('starts a slide at each heading and break, after a title slide', () => {
		const deck = buildDeck('Chương 3', blocks);
		expect(deck.slides.map((s) => s.title)).toEqual([
			'Chương 3',
			'Chương 3',
			'Giá trị',
			'Sản phẩm',
			'Sản phẩm',
			'Chi phí'
		]);
		expect(deck.slideOf).toEqual([1, 2, 2, -1, 3, 3, -1, 4, -1, 5]);
		expect(deck.slides[2]!.notes).toEqual(['Hỏi lớp.']);
		expect(deck.slides[5]!.id).toBe('chi-phi');
	});

	it('reads the slide from the address and writes times as a clock', () => {
		expect(['#trang-5', '#trang-1', '#/3', ''].map(slideFromHash)).toEqual([4, 0, 0, 0]);
		expect([0, 65.7, 3600 + 62].map(clock)).toEqual(['00:00', '01:05', '1:01:02']);
	});

	it('keeps the slide number in range and builds the student link', () => {
		expect(clampSlide(-1, 5)).toBe(0);
		expect(clampSlide(9, 5)).toBe(4);
		expect(studentUrl('https://x.vn', 'tong-quan-crm', 'ba-cau-hoi')).toBe(
			'https://x.vn/chuong/tong-quan-crm#ba-cau-hoi'
		);
		expect(studentUrl('https://x.vn', 'tong-quan-crm', null)).toBe(
			'https://x.vn/chuong/tong-quan-crm'
		);
	});
});
