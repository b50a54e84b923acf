import { describe, expect, it } from 'vitest';
import { gradeAssignments, summary } from './classify';
import { SHARED_TEXT } from './text';

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
		expect(summary(result.score, result.answered, items.length, SHARED_TEXT.classify.verdict)).toBe(
			line
		);
		expect(result.feedback.map((f) => f.id)).toEqual(['a', 'b', 'c']);
	});
});
