import { describe, expect, it } from 'vitest';
import { sectionMask } from './handout';

describe('sectionMask', () => {
	const blocks = [
		{ tag: 'p' },
		{ tag: 'h2', id: 'gia-tri' },
		{ tag: 'p' },
		{ tag: 'h2', id: 'tom-tat' },
		{ tag: 'ul' },
		{ tag: 'aside', speakerNotes: true },
		{ tag: 'hr' },
		{ tag: 'h3', id: 'ghi-nho' },
		{ tag: 'p' },
		{ tag: 'h2', id: 'cau-hoi-on-tap' },
		{ tag: 'ol' }
	];

	it('keeps the summary section, its subsections too, without notes or breaks', () => {
		expect(sectionMask(blocks)).toEqual([
			false,
			false,
			false,
			true,
			true,
			false,
			false,
			true,
			true,
			false,
			false
		]);
	});

	it('picks another section by id, or nothing when no section has it', () => {
		expect(sectionMask(blocks, 'gia-tri').flatMap((shown, i) => (shown ? [i] : []))).toEqual([
			1, 2
		]);
		expect(sectionMask(blocks, 'khong-co').some(Boolean)).toBe(false);
	});
});
