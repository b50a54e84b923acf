/**
 * Remark plugin for chapter files: slide blocks, the content /trinh-chieu projects.
 *
 * A chapter writes, next to the section it summarises, a block between two comment lines
 * (each with a blank line before and after):
 *
 *   <!-- slide -->
 *
 *   - Giữ khách cũ rẻ hơn tìm khách mới **5–10 lần**
 *
 *   > **Ghi chú giảng viên:** Nói: … **Hỏi lớp:** … **Lỗi hay gặp:** …
 *
 *   <!-- /slide -->
 *
 * The slide's title is the heading of the section it is in (`<!-- slide title="…" -->`
 * overrides it); `<!-- slide quiz="question-id" -->` shows that question of the chapter's bank,
 * its answer revealed on a key. The compiled chapter renders either the prose (the student
 * page) or, given the prop `deck`, only its slide blocks, each a `<section class="slide">`
 * (the deck). What the blocks hold is recorded as `file.data.slides` for `content:check`.
 *
 * An unclosed, nested or misplaced block throws an error naming the file and the line.
 */

const OPEN = /^<!--\s*slide((?:\s+[a-z]+="[^"]*")*)\s*-->$/;
const CLOSE = /^<!--\s*\/slide\s*-->$/;
const ATTRIBUTE = /([a-z]+)="([^"]*)"/g;
const NOTES = /^\s*Ghi chú giảng viên:/;
export const NOTE_PARTS = ['Hỏi lớp:', 'Lỗi hay gặp:'];

/** @param {any} node @returns {string} */
function plainText(node) {
	if (typeof node.value === 'string') return node.value;
	return Array.isArray(node.children) ? node.children.map(plainText).join('') : '';
}

/** @param {any} node @returns {any[]} the text nodes under node */
function textIn(node) {
	if (node.type === 'text' || node.type === 'inlineCode') return [node];
	return Array.isArray(node.children) ? node.children.flatMap(textIn) : [];
}

/** @param {string} text */
const escapeHtml = (text) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * @typedef {{ section: string, heading: string, title: string, quiz: string | null,
 *   notes: string | null, widget: string | null, line: number }} SlideBlock
 */

/** @param {string} attributes @param {string} where */
function readAttributes(attributes, where) {
	/** @type {Record<string, string>} */
	const found = {};
	for (const [, key, value] of attributes.matchAll(ATTRIBUTE)) {
		if (key !== 'title' && key !== 'quiz') {
			throw new Error(`${where}: a slide takes title="…" or quiz="question-id", not ${key}`);
		}
		found[key] = value ?? '';
	}
	return found;
}

export function remarkSlides() {
	/** @param {any} tree @param {any} file */
	return (tree, file) => {
		const name = file.filename ?? 'chapter';
		/** @type {SlideBlock[]} */
		const blocks = [];
		/** @type {any[]} */ const prose = [];
		/** @type {any[]} */ const slides = [];
		/** @type {any[]} */ const head = [];
		let section = '';
		let heading = { id: '', title: '' };
		/** @type {{ block: SlideBlock, children: any[] } | null} */
		let open = null;
		for (const node of tree.children) {
			const where = `${name}:${node.position?.start.line ?? '?'}`;
			const html = node.type === 'html' ? node.value.trim() : '';
			const opening = OPEN.exec(html);
			if (opening) {
				if (open) throw new Error(`${where}: a slide block opens inside another one`);
				if (!section) throw new Error(`${where}: a slide block goes inside a ## section`);
				const attributes = readAttributes(opening[1] ?? '', where);
				const block = {
					section,
					heading: heading.id,
					title: attributes.title ?? heading.title,
					quiz: attributes.quiz ?? null,
					notes: null,
					widget: null,
					line: node.position?.start.line ?? 0
				};
				open = { block, children: [] };
				continue;
			}
			if (CLOSE.test(html)) {
				if (!open) throw new Error(`${where}: <!-- /slide --> closes no slide block`);
				blocks.push(open.block);
				slides.push(sectionOpen(open.block), ...open.children, {
					type: 'html',
					value: '</div>\n</section>'
				});
				open = null;
				continue;
			}
			if (open) {
				if (node.type === 'heading') {
					throw new Error(
						`${where}: a slide block holds no heading (close it before the next one)`
					);
				}
				if (node.type === 'blockquote' && NOTES.test(plainText(node))) {
					open.block.notes = plainText(node).replace(NOTES, '').trim();
				}
				// A slide's table fits its slide: no scroll region (rehype-table-scroll.js) and so no
				// tabindex on a non-interactive element.
				if (node.type === 'table')
					node.data = { ...node.data, hProperties: { className: ['slide-table'] } };
				const widget = /^<Widget id="([^"]*)" \/>$/.exec(html);
				if (widget) open.block.widget = widget[1] ?? null;
				const bad = textIn(node).find((text) => /[<{}]/.test(text.value));
				if (bad) {
					throw new Error(
						`${name}:${bad.position?.start.line ?? '?'}: a slide block holds a bare <, { or }: write ≤, ≥ or the comparison the other way round`
					);
				}
				open.children.push(node);
				continue;
			}
			if (node.type === 'heading' && node.data?.hProperties?.id) {
				heading = { id: node.data.hProperties.id, title: plainText(node).trim() };
				if (node.depth === 2) section = heading.id;
			}
			if (node.type === 'html' && /^<script/.test(html)) head.push(node);
			else prose.push(node);
		}
		if (open) throw new Error(`${name}:${open.block.line}: a slide block is never closed`);
		file.data.slides = blocks;
		// A chapter without blocks yet: its deck is the title slide alone, never its prose.
		tree.children = [
			...head,
			{ type: 'html', value: '{#if $$props.deck}' },
			...slides,
			{ type: 'html', value: '{:else}' },
			...prose,
			{ type: 'html', value: '{/if}' }
		];
	};
}

/** @param {SlideBlock} block */
function sectionOpen(block) {
	const quiz = block.quiz ? ` data-quiz="${escapeHtml(block.quiz)}"` : '';
	const title = escapeHtml(block.title);
	return {
		type: 'html',
		// The body in a <div>: reveal.js takes a <section> right inside a slide (a widget's root)
		// for a vertical slide of its own.
		value: `<section class="slide" data-section="${block.heading}"${quiz}>\n<h2>${title}</h2>\n<div class="slide-body">`
	};
}
