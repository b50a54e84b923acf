/**
 * The one place that turns a content reference into a link, and that knows where the
 * chapter pages live. A ref names a chapter, optionally one of its sections:
 *
 *   parseRef('xay-dung-quan-he#gia-tri-vong-doi') // { chapter: 'xay-dung-quan-he', section: 'gia-tri-vong-doi' }
 *   refHref('xay-dung-quan-he#gia-tri-vong-doi')  // '/chuong/xay-dung-quan-he#gia-tri-vong-doi'
 *   refHref('xay-dung-quan-he')                   // '/chuong/xay-dung-quan-he'
 *
 * Quiz questions, glossary terms, the simulator's levers and causes all write refs; the
 * content check and the build make sure each one names a real section. Pure: safe in
 * the browser, the server and scripts.
 */
import { SECTION_ID } from './remark-section-ids.js';

/** Chapter slugs and section ids share one shape: lower-case words joined by dashes. */
export const SLUG = SECTION_ID;

export type Ref = { chapter: string; section?: string };

/** A ref that is malformed or names nothing; the message says which, and why. */
export class RefError extends Error {
	constructor(
		readonly ref: string,
		message: string
	) {
		super(message);
		this.name = 'RefError';
	}
}

const malformed = (ref: string, problem: string) =>
	new RefError(ref, `"${ref}" is not a reference: ${problem} (write "chapter-slug#section-id")`);

/** Splits `chapter-slug#section-id` (or a bare `chapter-slug`); throws a RefError. */
export function parseRef(ref: string): Ref {
	const [chapter = '', section, ...rest] = ref.split('#');
	if (rest.length) throw malformed(ref, 'it has more than one "#"');
	if (!SLUG.test(chapter)) {
		throw malformed(
			ref,
			chapter
				? `the chapter slug "${chapter}" is not lower-case-with-dashes`
				: 'the chapter slug is missing'
		);
	}
	if (section === undefined) return { chapter };
	if (!SLUG.test(section)) {
		throw malformed(
			ref,
			section
				? `the section id "${section}" is not lower-case-with-dashes`
				: 'the section id after "#" is missing'
		);
	}
	return { chapter, section };
}

/** The chapter page, at `section` when given: `/chuong/<slug>#<section>`. */
export const chapterHref = (slug: string, section?: string | null) =>
	`/chuong/${slug}${section ? `#${section}` : ''}`;

/** The link a ref stands for (see parseRef for what a ref may be). */
export function refHref(ref: string): string {
	const { chapter, section } = parseRef(ref);
	return chapterHref(chapter, section);
}

/** The one-page printable summary of a chapter. */
export const summaryHref = (slug: string) => `/chuong/${slug}/tom-tat`;

export type SlidesLink = { presenter?: boolean; slide?: number };

/**
 * The chapter as slides. `presenter` opens the lecturer's view (notes, timer, next
 * slide); `slide` is 0-based and becomes the `#trang-N` the deck reads on load.
 */
export function slidesHref(slug: string, { presenter = false, slide }: SlidesLink = {}) {
	const query = presenter ? '?vai=trinh-bay' : '';
	const hash = slide === undefined ? '' : `#trang-${slide + 1}`;
	return `/trinh-chieu/${slug}${query}${hash}`;
}
