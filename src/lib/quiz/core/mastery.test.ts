import { describe, expect, it } from 'vitest';
import { chapterOfQuestion, masteryByChapter } from './mastery';
import { emptyProgress, withAnswer } from './progress';

describe('mastery per chapter', () => {
	it('finds the chapter of a question id', () => {
		expect(chapterOfQuestion('tong-quan-crm-012')).toBe('tong-quan-crm');
	});

	it('counts questions whose latest answer was right, out of those practised', () => {
		let p = emptyProgress();
		p = withAnswer(p, 'ba-001', true, 1);
		p = withAnswer(p, 'ba-002', true, 2);
		p = withAnswer(p, 'ba-002', false, 3);
		p = withAnswer(p, 'bon-001', true, 4);
		expect(
			masteryByChapter(p, [
				{ chapter: 'ba', questions: 4 },
				{ chapter: 'nam', questions: 0 }
			])
		).toEqual([
			{ chapter: 'ba', total: 4, answered: 2, mastered: 1, share: 0.5, untried: 0.5 },
			{ chapter: 'nam', total: 0, answered: 0, mastered: 0, share: 0, untried: 0 }
		]);
	});

	it('reads a few right answers in a large bank as known, with the untried part apart', () => {
		let p = emptyProgress();
		for (let i = 1; i <= 49; i++) p = withAnswer(p, `ba-${String(i).padStart(3, '0')}`, true, i);
		const [row] = masteryByChapter(p, [{ chapter: 'ba', questions: 1000 }]);
		expect(row).toMatchObject({ share: 1, answered: 49 });
		expect(row!.untried).toBeCloseTo(0.951);
	});
});
