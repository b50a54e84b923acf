/**
 * The glossary's one reader: content/glossary.json → validated terms. The chapters' term
 * popovers (rehype-glossary-terms.js, at build time), the /thuat-ngu page and
 * content:check all read the glossary through parseGlossary, so a broken file fails
 * everywhere with the field named.
 *
 * Plain JavaScript with JSDoc types (checked by svelte-check), because the rehype plugin
 * runs inside svelte.config.js, which Node imports before Vite could compile TypeScript;
 * a .js module is the one form every reader can import as is.
 *
 * A term's `ref` is checked here only as text: refs.ts owns the ref grammar, and the
 * content index resolves each ref to its section (see glossary-entries.ts).
 */
import * as v from 'valibot';
import { ContentError, parseContent } from './errors.js';

/** Where the site reads the glossary from, relative to the project root. */
export const GLOSSARY_FILE = 'content/glossary.json';

// Glossary text is written into the chapters' markup, where { } and < have meanings.
/** @param {string} what */
const text = (what) =>
	v.pipe(
		v.string(`${what} must be text`),
		v.trim(),
		v.nonEmpty(`${what} must not be empty`),
		v.regex(/^[^{}<>]*$/, `${what} must not contain { } < or >`)
	);

const TermSchema = v.strictObject({
	id: v.pipe(
		v.string('the id must be text'),
		v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case-with-dashes')
	),
	term: text('the term'),
	english: text('the English term'),
	definition: v.pipe(
		text('the definition'),
		v.check((d) => d.split(/\s+/).length <= 45, 'a definition has at most 45 words')
	),
	ref: v.pipe(
		v.string('ref must be text, "chapter-slug#section-id"'),
		v.nonEmpty('ref must name the section that teaches the term')
	),
	aliases: v.optional(v.array(text('each alias'), 'aliases must be a list'), [])
});

export const GlossarySchema = v.strictObject({
	terms: v.pipe(
		v.array(TermSchema, 'terms must be a list'),
		v.minLength(1, 'the glossary has no terms')
	)
});

/** @typedef {v.InferOutput<typeof TermSchema>} GlossaryTerm */

/**
 * Validates the glossary: the schema, unique ids, and no two entries claiming one phrase
 * (a phrase is compared in NFC, lower case: the way the chapters' text is matched).
 * @param {unknown} input the parsed JSON
 * @param {string} [file] named in errors
 * @returns {GlossaryTerm[]}
 */
export function parseGlossary(input, file = GLOSSARY_FILE) {
	const { terms } = parseContent(GlossarySchema, input, file);
	const ids = new Set();
	/** @type {Map<string, string>} */
	const phrases = new Map();
	terms.forEach((t, i) => {
		if (ids.has(t.id)) throw new ContentError(file, `terms.${i}.id`, `"${t.id}" is used twice`);
		ids.add(t.id);
		/** @type {[field: string, phrase: string][]} */
		const named = [[`terms.${i}.term`, t.term]];
		t.aliases.forEach((alias, j) => named.push([`terms.${i}.aliases.${j}`, alias]));
		for (const [field, phrase] of named) {
			const key = phrase.normalize('NFC').toLowerCase();
			const owner = phrases.get(key);
			if (owner === t.id)
				throw new ContentError(file, field, `"${phrase}" appears twice in this term`);
			if (owner)
				throw new ContentError(
					file,
					field,
					`"${phrase}" is already a phrase of the term "${owner}"`
				);
			phrases.set(key, t.id);
		}
	});
	return terms;
}

/**
 * Parses the glossary file's text: invalid JSON is a ContentError too, naming the file.
 * @param {string} source
 * @param {string} [file]
 */
export function parseGlossaryJson(source, file = GLOSSARY_FILE) {
	let input;
	try {
		input = JSON.parse(source);
	} catch (error) {
		throw new ContentError(
			file,
			undefined,
			`not valid JSON: ${/** @type {Error} */ (error).message}`
		);
	}
	return parseGlossary(input, file);
}
