import { compile } from 'mdsvex';
import { describe, expect, it } from 'vitest';
import { mdsvexOptions } from './mdsvex-options.js';

async function render(body: string) {
	const result = await compile(`---\ntitle: T\n---\n\n${body}`, {
		...mdsvexOptions,
		filename: 'content/chapters/01-x.md'
	});
	return { code: result?.code ?? '', fm: (result?.data as { fm: Record<string, unknown> }).fm };
}

describe('remarkSectionIds', () => {
	it('turns {#id} into the heading id and records the outline', async () => {
		const { code, fm } = await render(
			'## Giá trị *dành cho* khách hàng {#gia-tri}\n\nChữ.\n\n### Ví dụ {#vi-du}\n\n#### Nhỏ\n'
		);
		expect(code).toContain('<h2 id="gia-tri">Giá trị <em>dành cho</em> khách hàng</h2>');
		expect(code).toContain('<h3 id="vi-du">Ví dụ</h3>');
		// the markers are gone (the chapter's {#if} deck branch is markup of its own)
		expect(code).not.toMatch(/\{#(gia-tri|vi-du)\}/);
		expect(fm.outline).toEqual([
			{ id: 'gia-tri', title: 'Giá trị dành cho khách hàng', depth: 2 },
			{ id: 'vi-du', title: 'Ví dụ', depth: 3 }
		]);
		expect(fm.title).toBe('T');
	});

	it.each([
		['## Không có id\n', /heading "Không có id" has no id/],
		['## Sai {#Sai_Id}\n', /invalid id "Sai_Id"/],
		['## Một {#a}\n\n## Hai {#a}\n', /heading "Hai" repeats the id "a"/],
		['# Tiêu đề {#t}\n', /uses "#"/]
	])('rejects %j, naming the file', async (body, message) => {
		await expect(render(body)).rejects.toThrow(message);
		await expect(render(body)).rejects.toThrow('content/chapters/01-x.md');
	});
});

describe('rehypeTableScroll', () => {
	it('wraps each table in a distinctly labelled, focusable region', async () => {
		const table = '| Thành phần | Quán A |\n| --- | --- |\n| Sản phẩm | 60 |\n';
		const { code } = await render(`${table}\nChữ.\n\n${table}`);
		const html = code.replace(/\s+/g, ' ');
		expect(html).toContain(
			'<div class="table-scroll" tabindex="0" role="region" aria-label="Bảng 1: Thành phần · Quán A" ><table>'
		);
		expect(code).toContain('aria-label="Bảng 2: Thành phần · Quán A"');
	});
});
