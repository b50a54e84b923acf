/**
 * The one folding rule of site search, for the index and the query alike: lower case,
 * no diacritics, đ → d, so "thoa man" finds "thỏa mãn" and "KHÁCH HÀNG" finds "khách hàng".
 * It is the glossary box's rule (glossary-search.ts), so both searches agree.
 *
 *   normalise('Thỏa mãn') // 'thoa man'
 *   tokenize('E > P: hài lòng') // ['E', 'P', 'hài', 'lòng']
 */
import { fold } from '$lib/content/glossary-search';

export const normalise = fold;

/** Letters (with their combining marks) and digits; everything else separates words. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The words of `text`, as written (fold them with `normalise`). */
export function tokenize(text: string): string[] {
	return text.normalize('NFC').match(WORD) ?? [];
}

/** The words of `text` with where each starts and ends, for highlighting. */
export function wordSpans(text: string): { word: string; start: number; end: number }[] {
	return [...text.matchAll(WORD)].map((m) => ({
		word: m[0],
		start: m.index,
		end: m.index + m[0].length
	}));
}
