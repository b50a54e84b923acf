import { describe, expect, it } from 'vitest';
import { chapterBody, withoutComments } from './static-chapter';
import { WIDGETS } from '$lib/widgets/registry';

describe('chapterBody on the server', () => {
	// The first import compiles the chapter (mdsvex and its plugins): seconds on a busy machine.
	it('renders the chapter to HTML without hydration markers, widgets as waiting frames', async () => {
		const data = {
			chapter: {
				file: '/content/chapters/03-gia-tri-va-su-thoa-man.md',
				slug: 'gia-tri-va-su-thoa-man'
			},
			next: 'x'
		};
		const page = await chapterBody(data);
		expect(page.next).toBe('x');
		expect(page.Content).toBeNull();
		expect(page.html).not.toContain('<!--');
		expect(page.html).toContain('<h2 id="');
		expect(page.html).toMatch(/<button[^>]*class="term"[^>]*popovertarget="thuat-ngu-/);
		expect(page.html).toMatch(
			new RegExp(`class="widget waiting[^"]*"[^>]*><h3>${WIDGETS['delivered-value'].title}</h3>`)
		);
	}, 30_000);
});

describe('withoutComments', () => {
	it('drops every comment, empty or not, and keeps the rest', () => {
		expect(withoutComments('<p>a<!---->b<!--[-->c<!--]--></p><!-- x\n y -->')).toBe('<p>abc</p>');
	});
});
