import { describe, expect, it } from 'vitest';
import { gradeAssignments, summary } from './classify';
import { ACTIVITIES, CRM_TYPES } from '../crm-type-sorter/crm-types';
import { MYTHS } from '../myth-buster/myths';
import { CASES, PHILOSOPHY_TABLE } from '../philosophy-comparator/philosophies';

describe('classification exercises', () => {
	const items = [
		{ id: 'a', answer: 'x' },
		{ id: 'b', answer: 'y' },
		{ id: 'c', answer: 'x' }
	] as const;

	it.each([
		[{ a: 'x', b: 'y', c: 'x' }, 3, 3, 'Chính xác cả 3/3.'],
		[{ a: 'x', b: 'x', c: 'y' }, 1, 3, 'Đúng 1/3. Xem giải thích ở các mục còn sai rồi chọn lại.'],
		[{ a: 'x', b: '' }, 1, 1, 'Bạn mới chọn 1/3. Đúng 1/3.'],
		[{}, 0, 0, 'Bạn mới chọn 0/3. Đúng 0/3.']
	] as const)('grades %o as %d right of %d answered', (chosen, score, answered, line) => {
		const result = gradeAssignments<'x' | 'y'>(items, chosen);
		expect(result.score).toBe(score);
		expect(result.answered).toBe(answered);
		expect(summary(result.score, result.answered, items.length)).toBe(line);
		expect(result.feedback.map((f) => f.id)).toEqual(['a', 'b', 'c']);
	});
});

describe('chapter 2 widget content', () => {
	it('lists the five philosophies, and only marketing and societal marketing suit strategic CRM', () => {
		expect(PHILOSOPHY_TABLE.map((p) => p.id)).toEqual([
			'production',
			'product',
			'selling',
			'marketing',
			'societal'
		]);
		expect(PHILOSOPHY_TABLE.filter((p) => p.fitsStrategicCrm).map((p) => p.id)).toEqual([
			'marketing',
			'societal'
		]);
	});

	it('has one exercise case per philosophy', () => {
		expect(CASES).toHaveLength(5);
		expect(new Set(CASES.map((c) => c.answer)).size).toBe(5);
	});

	it('sorts at least 8 activities into all four CRM types', () => {
		expect(ACTIVITIES.length).toBeGreaterThanOrEqual(8);
		expect(new Set(ACTIVITIES.map((a) => a.answer))).toEqual(new Set(CRM_TYPES.map((t) => t.id)));
		expect(new Set(ACTIVITIES.map((a) => a.id)).size).toBe(ACTIVITIES.length);
	});

	it('busts exactly the four misconceptions, each pointing at its own section', () => {
		expect(MYTHS).toHaveLength(4);
		expect(new Set(MYTHS.map((m) => m.ref)).size).toBe(4);
	});
});
