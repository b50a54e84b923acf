import { readFileSync } from 'node:fs';

/** A slide block (`<!-- slide … -->` … `<!-- /slide -->`): the deck's summary, not the prose. */
const SLIDE_BLOCK = /^<!--\s*slide\b[\s\S]*?^<!--\s*\/slide\s*-->$/gm;

/**
 * A chapter file's prose, as the student page shows it: without its slide blocks, which may
 * repeat a table or a figure in short. For tests that hold a widget to the chapter's words.
 */
export function chapterProse(file: string): string {
	return readFileSync(`content/chapters/${file}`, 'utf8').replace(SLIDE_BLOCK, '');
}
