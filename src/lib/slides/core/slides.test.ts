import { describe, expect, it } from 'vitest';
import { clock, slideFromHash, studentUrl } from './slides';

describe('deck helpers', () => {
	it('reads the slide from the address and writes times as a clock', () => {
		expect(['#trang-5', '#trang-1', '#/3', ''].map(slideFromHash)).toEqual([4, 0, 0, 0]);
		expect([0, 65.7, 3600 + 62].map(clock)).toEqual(['00:00', '01:05', '1:01:02']);
	});

	it('builds the student link of a slide', () => {
		expect(studentUrl('https://x.vn', 'tong-quan-crm', 'ba-cau-hoi')).toBe(
			'https://x.vn/chuong/tong-quan-crm#ba-cau-hoi'
		);
		expect(studentUrl('https://x.vn', 'tong-quan-crm', null)).toBe(
			'https://x.vn/chuong/tong-quan-crm'
		);
	});
});
