import { describe, expect, it } from 'vitest';
import { checkSlides, type SlideBlock } from './slide-check';

const outline = [
	{ id: 'a', depth: 2 },
	{ id: 'a-1', depth: 3 },
	{ id: 'b', depth: 2 }
];
const block = (over: Partial<SlideBlock>): SlideBlock => ({
	section: 'a',
	heading: 'a',
	title: 'A',
	quiz: null,
	notes: 'Nói. Hỏi lớp: ? Lỗi hay gặp: x',
	widget: null,
	line: 3,
	...over
});

describe('slide blocks checked', () => {
	it('counts the sections still to write and fails for them only once the chapter opts in', () => {
		const blocks = [block({})];
		const draft = checkSlides('c.md', outline, blocks, new Set(), false);
		expect(draft.problems).toEqual([]);
		expect(draft.summary).toMatchObject({
			sections: 2,
			sectionsWithSlides: 1,
			missingSections: 1,
			withNotes: 1
		});
		const done = checkSlides('c.md', outline, blocks, new Set(), true);
		expect(done.problems).toEqual(['c.md: section #b has no slide block']);
	});

	it('wants the question for the room and the common mistake in the notes, and a known quiz', () => {
		const blocks = [block({ notes: 'Nói thôi.' }), block({ section: 'b', quiz: 'q-009' })];
		const { problems, summary } = checkSlides('c.md', outline, blocks, new Set(['q-001']), true);
		expect(summary.withNotes).toBe(1);
		expect(problems).toHaveLength(2);
		expect(problems[1]).toMatch(/c\.md:3: the slide needs speaker notes/);
		expect(problems[0]).toMatch(/quiz="q-009" is not a question/);
	});
});
