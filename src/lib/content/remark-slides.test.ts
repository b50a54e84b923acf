import { describe, expect, it } from 'vitest';
import { compile } from 'mdsvex';
import { mdsvexOptions } from './mdsvex-options.js';

const chapter = (body: string) =>
	`---\nnumber: 1\n---\n\nMở đầu.\n\n## Giá trị {#gia-tri}\n\nVăn xuôi.\n\n${body}`;
const notes = '> **Ghi chú giảng viên:** Nói: a.\n>\n> **Hỏi lớp:** b?\n>\n> **Lỗi hay gặp:** c.';

async function build(body: string) {
	const out = await compile(chapter(body), { ...mdsvexOptions, filename: 'x.md' });
	return { code: out?.code ?? '', slides: (out?.data as { slides: unknown[] }).slides };
}

describe('slide blocks in a chapter', () => {
	it('renders the blocks only for the deck, titled by their section, and the prose otherwise', async () => {
		const { code, slides } = await build(
			`<!-- slide -->\n\n- Điểm một\n\n${notes}\n\n<!-- /slide -->\n\nSau.\n`
		);
		const [deck, prose] = code.split('{:else}');
		expect(deck).toContain('{#if $$props.deck}');
		expect(deck).toContain(
			'<section class="slide" data-section="gia-tri">\n<h2>Giá trị</h2>\n<div class="slide-body">'
		);
		expect(deck).toContain('<li>Điểm một</li>');
		expect(deck).not.toContain('Văn xuôi');
		expect(prose).toContain('Văn xuôi');
		expect(prose).not.toContain('Điểm một');
		expect(slides).toEqual([
			expect.objectContaining({
				section: 'gia-tri',
				title: 'Giá trị',
				quiz: null,
				notes: expect.stringContaining('Hỏi lớp: b?')
			})
		]);
	});

	it('takes a title and a quiz question', async () => {
		const { code } = await build(
			`<!-- slide title="Câu hỏi" quiz="x-001" -->\n\n${notes}\n\n<!-- /slide -->\n`
		);
		expect(code).toContain('data-quiz="x-001">\n<h2>Câu hỏi</h2>\n<div class="slide-body">');
	});

	it('leaves a slide table out of the focusable scroll region the prose tables get', async () => {
		const table = '| a | b |\n| - | - |\n| 1 | 2 |';
		const { code } = await build(
			`${table}\n\n<!-- slide -->\n\n${table}\n\n${notes}\n\n<!-- /slide -->\n`
		);
		const [deck, prose] = code.split('{:else}');
		expect(deck).toContain('<table class="slide-table">');
		expect(deck).not.toContain('tabindex');
		expect(prose).toMatch(/class="table-scroll"\s+tabindex="0"/);
	});

	it('gives a chapter without blocks an empty deck and its prose', async () => {
		const { code, slides } = await build('Chỉ văn xuôi.\n');
		const [deck, prose] = code.split('{:else}');
		expect(deck).toContain('{#if $$props.deck}');
		expect(deck).not.toContain('Văn xuôi');
		expect(prose).toContain('Chỉ văn xuôi.');
		expect(slides).toEqual([]);
	});

	it('names the line of a block left open, nested or with an unknown attribute', async () => {
		await expect(build('<!-- slide -->\n\n- a\n')).rejects.toThrow(
			/x\.md:\d+: a slide block is never closed/
		);
		await expect(build('<!-- slide -->\n\n<!-- slide -->\n')).rejects.toThrow(
			/opens inside another/
		);
		await expect(build('<!-- slide -->\n\n- P < E\n\n<!-- /slide -->\n')).rejects.toThrow(
			/x\.md:\d+: a slide block holds a bare </
		);
		await expect(build('<!-- slide size="2" -->\n\n<!-- /slide -->\n')).rejects.toThrow(/not size/);
	});
});
