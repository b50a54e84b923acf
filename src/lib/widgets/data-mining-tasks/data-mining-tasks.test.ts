import { describe, expect, it } from 'vitest';
import { chapterProse } from '../shared/chapter-prose';
import { TECHNIQUE_IDS } from './schema';
import { TEXT } from './text';

const CHAPTER = chapterProse('07-du-lieu-va-phan-tich.md');
const TABLE = CHAPTER.split('{#ky-thuat-va-cau-hoi}')[1]!.split('\n## ')[0]!;
/** The first column of the chapter's "which technique for which question" table. */
const chapterNames = [...TABLE.matchAll(/^\| ([^|]+?) \| [^|]+\? \|/gm)].map((m) => m[1]!);

describe('data-mining tasks (chapter 7)', () => {
	it('names the four techniques exactly as the chapter’s table does, in its order', () => {
		expect(chapterNames).toEqual(['Phân lớp', 'Phân cụm', 'Luật kết hợp', 'Mô hình dự đoán']);
		expect(TEXT.techniques.map((t) => t.label)).toEqual(chapterNames);
	});

	it('points each technique at its own section of the chapter', () => {
		for (const technique of TEXT.techniques) {
			const section = technique.ref.split('#')[1]!;
			expect(CHAPTER, technique.id).toContain(`### ${technique.label} {#${section}}`);
		}
	});

	it('has two or three needs for each technique', () => {
		for (const id of TECHNIQUE_IDS) {
			const count = TEXT.needs.filter((n) => n.answer === id).length;
			expect(count, id).toBeGreaterThanOrEqual(2);
			expect(count, id).toBeLessThanOrEqual(3);
		}
	});
});
