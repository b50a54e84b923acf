import { describe, expect, it } from 'vitest';
import { actionFor, buildDeck, clampSlide, studentUrl } from './slides';

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

	it('maps clicker and keyboard keys to actions', () => {
		expect(['ArrowRight', ' ', 'PageDown'].map(actionFor)).toEqual(['next', 'next', 'next']);
		expect(['ArrowLeft', 'PageUp'].map(actionFor)).toEqual(['previous', 'previous']);
		expect(['f', 'O', 'b', 'q', 'x'].map(actionFor)).toEqual([
			'fullscreen',
			'overview',
			'black',
			'qr',
			null
		]);
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
