import { describe, expect, it } from 'vitest';
import { chapterProse } from '../shared/chapter-prose';
import { APP_GROUP_IDS } from './schema';
import { GROUP_CATEGORIES, TEXT } from './text';

const CHAPTER = chapterProse('08-crm-internet-xu-huong.md');
const TAXONOMY = CHAPTER.split('{#phan-loai-ung-dung}')[1]!.split('\n### ')[0]!;
/** The chapter's table of groups: "| Ứng dụng tuyến đầu (_customer-facing applications_) | …". */
const chapterGroups = [...TAXONOMY.matchAll(/^\| ([^|(]+?) \(_([^_|]+)_\) \|/gm)].map((m) => ({
	name: m[1]!,
	english: m[2]!
}));

describe('CRM application taxonomy (chapter 8)', () => {
	it('names the three groups exactly as the chapter’s table does, in its order', () => {
		expect(chapterGroups.map((g) => g.name)).toEqual([
			'Ứng dụng tuyến đầu',
			'Ứng dụng tự phục vụ',
			'Quản trị tri thức'
		]);
		expect(TEXT.groups.map(({ name, english }) => ({ name, english }))).toEqual(chapterGroups);
		expect(GROUP_CATEGORIES.map((c) => c.label)).toEqual([
			'Ứng dụng tuyến đầu (customer-facing applications)',
			'Ứng dụng tự phục vụ (customer-touching applications)',
			'Quản trị tri thức (knowledge management)'
		]);
	});

	it('points each group at its own section of the chapter', () => {
		for (const group of TEXT.groups) {
			const section = group.ref.split('#')[1]!;
			expect(CHAPTER, group.id).toMatch(
				new RegExp(`^### .*${group.name}.* \\{#${section}\\}$`, 'im')
			);
		}
	});

	it('places four tools in each group people use with customers, two in knowledge management', () => {
		const count = (id: (typeof APP_GROUP_IDS)[number]) =>
			TEXT.tools.filter((t) => t.answer === id).length;
		expect(APP_GROUP_IDS.map(count)).toEqual([4, 4, 2]);
	});
});
