import { describe, expect, it } from 'vitest';
import { chapterProse } from '../shared/chapter-prose';
import { GAP_CATEGORIES, TEXT } from './text';

const CHAPTER = chapterProse('06-dich-vu-khach-hang.md');
const MODEL = CHAPTER.split('{#mo-hinh-khoang-cach}')[1]!.split('\n### ')[0]!;
/** The gaps model's table in the chapter: "| 1 | Hiểu biết, hay lắng nghe (_knowledge gap_…". */
const chapterNames = [...MODEL.matchAll(/^\| ([1-5]) \| ([^|(]+?)(?: \(_[^|]*)? \|/gm)].map(
	(m) => [Number(m[1]), m[2]!.trim()] as const
);

describe('service gaps (chapter 6)', () => {
	it('names the five gaps exactly as the chapter’s gaps model does', () => {
		expect(chapterNames.map(([n]) => n)).toEqual([1, 2, 3, 4, 5]);
		expect(TEXT.gaps.map((g) => g.name)).toEqual(chapterNames.map(([, name]) => name));
		expect(GAP_CATEGORIES.map((c) => c.label)).toEqual([
			'Khoảng cách 1: Hiểu biết, hay lắng nghe',
			'Khoảng cách 2: Tiêu chuẩn, hay thiết kế',
			'Khoảng cách 3: Thực hiện, hay cung ứng',
			'Khoảng cách 4: Truyền thông',
			'Khoảng cách 5: Khoảng cách khách hàng'
		]);
	});

	it('has two stories for each gap', () => {
		for (const gap of TEXT.gaps)
			expect(
				TEXT.stories.filter((s) => s.answer === gap.id),
				gap.id
			).toHaveLength(2);
	});
});
