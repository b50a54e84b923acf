/**
 * The /thuat-ngu page's rows: each validated glossary term with a link to the section
 * that teaches it, in Vietnamese alphabetical order. A term whose ref does not resolve
 * fails the build, naming the glossary file and the term's field.
 */
import type { ChapterIndex } from './chapter-index';
import { ContentError } from './errors.js';
import { GLOSSARY_FILE, type GlossaryTerm } from './glossary.js';
import { RefError } from './refs';

export type GlossaryEntry = Omit<GlossaryTerm, 'ref'> & {
	href: string;
	/** Where the term is taught, e.g. "Chương 4 · Giá trị vòng đời khách hàng". */
	where: string;
};

export function buildGlossaryEntries(
	terms: readonly GlossaryTerm[],
	index: ChapterIndex,
	file = GLOSSARY_FILE
): GlossaryEntry[] {
	const collator = new Intl.Collator('vi');
	return terms
		.map(({ ref, ...term }, i) => {
			let taught;
			try {
				taught = index.resolve(ref);
			} catch (error) {
				if (error instanceof RefError)
					throw new ContentError(file, `terms.${i}.ref`, error.message);
				throw error;
			}
			const place = taught.section?.title ?? taught.chapter.title;
			return { ...term, href: taught.href, where: `Chương ${taught.chapter.number} · ${place}` };
		})
		.sort((a, b) => collator.compare(a.term, b.term));
}
