import { describe, expect, it } from 'vitest';
import { withChapterBody } from './chapter-body';

describe('withChapterBody', () => {
	it('adds the chapter component to the server data', async () => {
		const data = { chapter: { file: '/content/chapters/01-tong-quan-crm.md' }, next: 'x' };
		const page = await withChapterBody(data);
		expect(page.next).toBe('x');
		expect(page.Content).toBeTypeOf('function');
	});

	it('names a chapter file that has no module', async () => {
		await expect(
			withChapterBody({ chapter: { file: '/content/chapters/09-khong-co.md' } })
		).rejects.toThrow('No chapter module for /content/chapters/09-khong-co.md');
	});
});
