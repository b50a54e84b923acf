import { describe, expect, it } from 'vitest';
import { CHAPTER_FILE, chapterMeta } from './fixtures/chapter-meta';
import { parseChapter } from './chapters';
import { ContentError } from './errors.js';

const meta = chapterMeta;
const FILE = CHAPTER_FILE;

describe('parseChapter', () => {
	it('accepts valid metadata and derives the page address', () => {
		expect(parseChapter(FILE, meta())).toMatchObject({
			slug: 'tong-quan',
			href: '/chuong/tong-quan'
		});
	});

	it.each([
		[{ title: undefined }, 'title: is missing'],
		[{ title: '   ' }, 'title: title must not be empty'],
		[{ minutes: 'nhiều' }, 'minutes: minutes must be a number'],
		[{ objectives: [] }, 'objectives: objectives must list at least one'],
		[{ number: 2 }, 'number: is 2 but the file name says 01'],
		[{ slug: 'khac' }, 'slug: is "khac" but the file name says "tong-quan"'],
		[{ author: 'X' }, 'author: is not a known field'],
		[{ outline: [] }, 'outline: the chapter has no ## sections']
	])('names the file and field for %j', (override, message) => {
		expect(() => parseChapter(FILE, meta(override))).toThrow(`${FILE}: ${message}`);
	});

	it('rejects a badly named file', () => {
		expect(() => parseChapter('/content/chapters/tong-quan.md', meta())).toThrow(ContentError);
	});
});
