import { rehypeGlossaryTerms } from './rehype-glossary-terms.js';
import { rehypeTableScroll } from './rehype-table-scroll.js';
import { rehypeSpeakerNotes } from './rehype-speaker-notes.js';
import { remarkSectionIds } from './remark-section-ids.js';
import { remarkSlides } from './remark-slides.js';
import { remarkWidgets } from './remark-widgets.js';

/**
 * mdsvex options shared by the Svelte build and the content check, so both read a
 * chapter the same way.
 * @type {import('mdsvex').MdsvexOptions}
 */
export const mdsvexOptions = {
	extensions: ['.md'],
	remarkPlugins: [remarkSectionIds, remarkSlides, remarkWidgets],
	rehypePlugins: [rehypeSpeakerNotes, rehypeTableScroll, rehypeGlossaryTerms]
};
