import { compile } from 'mdsvex';
import { describe, expect, it } from 'vitest';
import { remarkWidgets } from './remark-widgets.js';

async function render(markdown: string) {
	const out = await compile(markdown, {
		extensions: ['.md'],
		filename: 'content/chapters/09-vi-du.md',
		remarkPlugins: [remarkWidgets]
	});
	return out?.code ?? '';
}

describe('remarkWidgets', () => {
	it('places a known widget and adds the one import it needs', async () => {
		const code = await render('Đoạn văn.\n\n<Widget id="stage-ladder" />\n\nĐoạn sau.\n');
		expect(code).toContain('<Widget id="stage-ladder" />');
		expect(code.match(/import Widget from '\$lib\/widgets\/Widget\.svelte';/g)).toHaveLength(1);
	});

	it('adds the import to a script the chapter already has, instead of a second script', async () => {
		const code = await render(
			'<script>\n\tconst x = 1;\n</script>\n\n<Widget id="myth-buster" />\n\n{x}\n'
		);
		expect(code.match(/<script>/g)).toHaveLength(1);
		expect(code).toMatch(/<script>\s*import Widget from[^\n]*\n\s*const x = 1;/);
	});

	it('adds nothing to a chapter without widgets', async () => {
		expect(await render('Chỉ có chữ.\n')).not.toContain('<script>');
	});

	it.each([
		[
			'Trước.\n\n<Widget id="khong-co" />\n',
			'content/chapters/09-vi-du.md:3: there is no widget "khong-co"'
		],
		[
			'<Widget id="stage-ladder" height="80rem" />\n',
			'content/chapters/09-vi-du.md:1: write a widget on a line of its own as <Widget id="widget-id" />'
		],
		[
			'Xem <Widget id="stage-ladder" /> ở đây.\n',
			'content/chapters/09-vi-du.md:1: write a widget on a line of its own'
		]
	])('refuses %j, naming the file, line and problem', async (markdown, message) => {
		await expect(render(markdown)).rejects.toThrow(message);
	});
});
