/**
 * Rehype plugin: the first time a chapter uses a glossary term, the term becomes a
 * button that opens its definition in a popover (the HTML popover API: keyboard and
 * screen-reader friendly, Esc or a click outside closes it, no JavaScript needed).
 * Definitions come from content/glossary.json, so each is written once.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from './errors.js';
import { GLOSSARY_FILE, parseGlossaryJson } from './glossary.js';

/** Elements whose text is never turned into a term. */
const SKIP = new Set(['a', 'button', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script']);

/** @typedef {Pick<import('./glossary.js').GlossaryTerm, 'id' | 'term' | 'english' | 'definition'> & { aliases?: string[] }} Term */

/**
 * Reads and validates the glossary through the one reader (glossary.js). A missing or
 * broken file throws a ContentError naming the file and field, which fails the build:
 * chapters never quietly lose their popovers.
 * @param {string} [file] defaults to content/glossary.json in the working directory
 * @returns {Term[]}
 */
export function loadGlossary(file = path.resolve(GLOSSARY_FILE)) {
	const name = path.relative(process.cwd(), file).split(path.sep).join('/');
	let source;
	try {
		source = readFileSync(file, 'utf8');
	} catch {
		throw new ContentError(
			name,
			undefined,
			"missing: the chapters' term popovers are read from it"
		);
	}
	return parseGlossaryJson(source, name);
}

const escapeRegExp = (/** @type {string} */ s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** @param {Term[]} terms */
function matcher(terms) {
	/** @type {Map<string, Term>} */
	const byPhrase = new Map();
	for (const t of terms) {
		for (const phrase of [t.term, ...(t.aliases ?? [])]) {
			byPhrase.set(phrase.normalize('NFC').toLowerCase(), t);
		}
	}
	// Longest first, so "giá trị dành cho khách hàng" wins over "giá trị".
	const phrases = [...byPhrase.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
	if (!phrases.length) return null;
	const pattern = new RegExp(
		`(?<![\\p{L}\\p{N}])(?:${phrases.join('|')})(?![\\p{L}\\p{N}])`,
		'giu'
	);
	return { pattern, byPhrase };
}

/** @param {Term} term @param {string} text */
function termNodes(term, text) {
	const popoverId = `thuat-ngu-${term.id}`;
	return [
		{
			type: 'element',
			tagName: 'button',
			properties: { type: 'button', className: ['term'], popovertarget: popoverId },
			children: [{ type: 'text', value: text }]
		},
		{
			type: 'element',
			tagName: 'span',
			properties: { id: popoverId, popover: 'auto', className: ['term-popover'] },
			children: [
				{
					type: 'element',
					tagName: 'strong',
					properties: {},
					children: [{ type: 'text', value: term.term }]
				},
				{ type: 'text', value: ' (' },
				{
					type: 'element',
					tagName: 'em',
					properties: { lang: 'en' },
					children: [{ type: 'text', value: term.english }]
				},
				{ type: 'text', value: `): ${term.definition} ` },
				{
					type: 'element',
					tagName: 'a',
					properties: { href: `/thuat-ngu#${term.id}` },
					children: [{ type: 'text', value: 'Xem trong bảng thuật ngữ' }]
				}
			]
		}
	];
}

/**
 * @param {{ glossary?: Term[]; file?: string }} [options] terms given directly (tests), or
 *   the glossary file to read (content/glossary.json by default)
 */
export function rehypeGlossaryTerms(options = {}) {
	const terms = options.glossary ?? loadGlossary(options.file);
	const match = matcher(terms);
	/** @param {any} tree */
	return (tree) => {
		if (!match) return;
		/** @type {Set<string>} */
		const used = new Set();
		/** @param {any} node */
		const visit = (node) => {
			if (!Array.isArray(node.children)) return;
			/** @type {any[]} */
			const children = [];
			for (const child of node.children) {
				if (child.type === 'element' && !SKIP.has(child.tagName)) visit(child);
				if (child.type !== 'text') {
					children.push(child);
					continue;
				}
				const text = child.value.normalize('NFC');
				let last = 0;
				for (const m of text.matchAll(match.pattern)) {
					const term = match.byPhrase.get(m[0].toLowerCase());
					if (!term || used.has(term.id)) continue;
					used.add(term.id);
					if (m.index > last) children.push({ type: 'text', value: text.slice(last, m.index) });
					children.push(...termNodes(term, m[0]));
					last = m.index + m[0].length;
				}
				if (last === 0) children.push(child);
				else if (last < text.length) children.push({ type: 'text', value: text.slice(last) });
			}
			node.children = children;
		};
		visit(tree);
	};
}
