import { compile } from 'mdsvex';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary, rehypeGlossaryTerms } from './rehype-glossary-terms.js';

const fixture = (name: string) =>
	path.resolve(import.meta.dirname, 'fixtures', 'glossary', `${name}.json`);

const glossary = [
	{ id: 'gia-tri', term: 'giá trị', english: 'value', definition: 'Lợi ích nhận được.' },
	{
		id: 'gia-tri-danh-cho-khach-hang',
		term: 'giá trị dành cho khách hàng',
		english: 'customer delivered value',
		definition: 'Tổng giá trị trừ tổng chi phí.',
		aliases: ['giá trị khách hàng nhận được']
	}
];

async function render(markdown: string) {
	const out = await compile(markdown, {
		extensions: ['.md'],
		rehypePlugins: [[rehypeGlossaryTerms, { glossary }]]
	});
	// mdsvex wraps long tags over several lines; compare with whitespace collapsed
	return (out?.code ?? '').replace(/\s+/g, ' ').replace(/ >/g, '>');
}

describe('rehypeGlossaryTerms', () => {
	it('turns the first use of each term into a button that opens its definition', async () => {
		const html = await render(
			'Giá trị dành cho khách hàng là hiệu số. Giá trị dành cho khách hàng lại xuất hiện; giá trị cũng vậy.'
		);
		expect(html.match(/popovertarget="thuat-ngu-gia-tri-danh-cho-khach-hang"/g)).toHaveLength(1);
		expect(html.match(/popovertarget="thuat-ngu-gia-tri"/g)).toHaveLength(1);
		expect(html).toContain(
			'<button type="button" class="term" popovertarget="thuat-ngu-gia-tri-danh-cho-khach-hang">Giá trị dành cho khách hàng</button>'
		);
		expect(html).toMatch(
			/<span id="thuat-ngu-gia-tri-danh-cho-khach-hang" popover="auto" class="term-popover"><strong>giá trị dành cho khách hàng<\/strong> \(<em lang="en">customer delivered value<\/em>\): Tổng giá trị trừ tổng chi phí\. <a href="\/thuat-ngu#gia-tri-danh-cho-khach-hang">/
		);
	});

	it('matches aliases and whole words only, and leaves headings and links alone', async () => {
		const html = await render(
			'## Giá trị dành cho khách hàng\n\n[giá trị](#x) và giá trịnh, rồi giá trị khách hàng nhận được.'
		);
		expect(html).toContain('<h2>Giá trị dành cho khách hàng</h2>');
		expect(html).not.toMatch(/<a href="#x"><button/);
		expect(html).toContain(
			'class="term" popovertarget="thuat-ngu-gia-tri-danh-cho-khach-hang">giá trị khách hàng nhận được</button>'
		);
		expect(html).not.toContain('popovertarget="thuat-ngu-gia-tri"');
	});
});

describe('the glossary loader', () => {
	it('reads a valid file through the glossary reader', () => {
		expect(loadGlossary(fixture('valid'))).toEqual([
			expect.objectContaining({ id: 'ky-vong', aliases: ['mức kỳ vọng'] })
		]);
	});

	it.each([
		['bad-shape', 'bad-shape.json: terms: terms must be a list'],
		['missing-field', 'missing-field.json: terms.0.english: is missing'],
		[
			'duplicate-alias',
			'duplicate-alias.json: terms.1.aliases.1: "e" is already a phrase of the term "ky-vong"'
		],
		['khong-co', 'khong-co.json: missing']
	])('throws on %s, naming the file and field', (name, message) => {
		expect(() => loadGlossary(fixture(name))).toThrow(message);
	});

	it('fails the chapter build rather than dropping the popovers', async () => {
		const build = compile('Kỳ vọng của khách hàng.', {
			extensions: ['.md'],
			rehypePlugins: [[rehypeGlossaryTerms, { file: fixture('missing-field') }]]
		});
		await expect(build).rejects.toThrow('terms.0.english: is missing');
	});
});
