import * as v from 'valibot';
import { ContentError, parseContent } from './errors';

// Glossary text is written into the chapters' markup, where { } and < have meanings.
const text = (what: string) =>
	v.pipe(
		v.string(`${what} must be text`),
		v.trim(),
		v.nonEmpty(`${what} must not be empty`),
		v.regex(/^[^{}<>]*$/, `${what} must not contain { } < or >`)
	);

const TermSchema = v.strictObject({
	id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case-with-dashes')),
	term: text('the term'),
	english: text('the English term'),
	definition: v.pipe(
		text('the definition'),
		v.check((d) => d.split(/\s+/).length <= 45, 'a definition has at most 45 words')
	),
	ref: v.pipe(v.string(), v.regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'ref looks like <slug>#<section-id>')),
	aliases: v.optional(v.array(text('each alias')), [])
});

export const GlossarySchema = v.strictObject({
	terms: v.pipe(v.array(TermSchema), v.minLength(1, 'the glossary has no terms'))
});

export type GlossaryTerm = v.InferOutput<typeof TermSchema>;

/** Validates the glossary: the schema, unique ids, and no two entries claiming one phrase. */
export function parseGlossary(input: unknown, file: string): GlossaryTerm[] {
	const { terms } = parseContent(GlossarySchema, input, file);
	const ids = new Set<string>();
	const phrases = new Map<string, string>();
	terms.forEach((t, i) => {
		if (ids.has(t.id)) throw new ContentError(file, `terms.${i}.id`, `"${t.id}" is used twice`);
		ids.add(t.id);
		for (const phrase of [t.term, ...t.aliases]) {
			const key = phrase.normalize('NFC').toLowerCase();
			const owner = phrases.get(key);
			if (owner)
				throw new ContentError(file, `terms.${i}`, `"${phrase}" is already the term "${owner}"`);
			phrases.set(key, t.id);
		}
	});
	return terms;
}
