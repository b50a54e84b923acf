/**
 * Small pure helpers of the deck (the slides themselves are the chapter's slide blocks,
 * src/lib/content/remark-slides.js): the slide in the address, the student link, the clock.
 */
import { chapterHref } from '../../content/refs';

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
