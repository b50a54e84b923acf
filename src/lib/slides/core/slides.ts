/**
 * Slides of a chapter whose slide blocks are not written yet (src/lib/content/remark-slides.js):
 * its prose cut at each `##`/`###` heading and at each thematic break (`***` in the chapter
 * file); slide 0 is the title slide. Pure: works on a list of what the top-level elements are.
 */
import { chapterHref } from '../../content/refs';

export type Block = { tag: string; text: string; notes?: string };

export type Slide = { title: string; id: string | null; notes: string[] };

export type Deck = {
	/** For each block, the slide it belongs to (−1: not shown, e.g. a slide break). */
	slideOf: number[];
	slides: Slide[];
};

export function buildDeck(
	title: string,
	blocks: readonly (Block & { id?: string | null })[]
): Deck {
	const slides: Slide[] = [{ title, id: null, notes: [] }];
	const slideOf: number[] = [];
	let current = 0;
	let pendingBreak = false;
	for (const block of blocks) {
		if (block.tag === 'hr') {
			pendingBreak = true;
			slideOf.push(-1);
			continue;
		}
		const heading = block.tag === 'h2' || block.tag === 'h3';
		if (heading || pendingBreak || current === 0) {
			const last = slides[current]!;
			// a break or heading right after an empty slide reuses it
			const empty = current > 0 && slideOf.lastIndexOf(current) === -1;
			if (!empty) {
				slides.push({ title: heading ? block.text : last.title, id: block.id ?? null, notes: [] });
				current = slides.length - 1;
			} else if (heading) {
				last.title = block.text;
				last.id = block.id ?? null;
			}
			pendingBreak = false;
		}
		if (block.tag === 'aside' && block.notes !== undefined) {
			slides[current]!.notes.push(block.notes);
			slideOf.push(-1);
			continue;
		}
		slideOf.push(current);
	}
	return { slideOf, slides };
}

export const clampSlide = (index: number, count: number) => Math.max(0, Math.min(count - 1, index));

/** The student page for a slide: the chapter, at the slide's section when it has one. */
export const studentUrl = (origin: string, slug: string, id: string | null) =>
	`${origin}${chapterHref(slug, id)}`;

/** `#trang-5` → 4; anything else → 0. */
export function slideFromHash(hash: string): number {
	const match = /^#trang-(\d+)$/.exec(hash);
	return match ? Math.max(0, Number(match[1]) - 1) : 0;
}

/** Seconds as mm:ss (hh:mm:ss from an hour on). */
export function clock(seconds: number): string {
	const s = Math.max(0, Math.floor(seconds));
	const two = (n: number) => String(n).padStart(2, '0');
	const hours = Math.floor(s / 3600);
	const rest = `${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}`;
	return hours ? `${hours}:${rest}` : rest;
}
