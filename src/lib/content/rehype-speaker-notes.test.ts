import { compile } from 'mdsvex';
import { describe, expect, it } from 'vitest';
import { rehypeSpeakerNotes } from './rehype-speaker-notes.js';

async function render(markdown: string) {
	const out = await compile(markdown, { extensions: ['.md'], rehypePlugins: [rehypeSpeakerNotes] });
	return (out?.code ?? '').replace(/\s+/g, ' ').replace(/ >/g, '>');
}

describe('rehypeSpeakerNotes', () => {
	it('turns a "Ghi chú giảng viên" blockquote into speaker notes without the label', async () => {
		const html = await render(
			'Đoạn văn.\n\n> **Ghi chú giảng viên:** Hỏi lớp một câu.\n>\n> Rồi cho ví dụ.\n'
		);
		expect(html).toContain('<aside class="speaker-notes notes" aria-label="Ghi chú giảng viên">');
		expect(html).toContain('<p>Hỏi lớp một câu.</p>');
		expect(html).toContain('<p>Rồi cho ví dụ.</p>');
		expect(html).not.toContain('blockquote');
	});

	it('leaves other blockquotes alone', async () => {
		const html = await render('> Một câu trích dẫn.\n');
		expect(html).toContain('<blockquote>');
		expect(html).not.toContain('speaker-notes');
	});
});
