/**
 * The printable one-page summary (/chuong/<slug>/tom-tat) shows one section of the
 * rendered chapter: the `## Tóm tắt {#tom-tat}` every chapter ends with. Pure: works on
 * a description of the chapter's top-level elements.
 */

/** The section id the summary page shows (docs/authoring.md asks every chapter for it). */
export const SUMMARY_SECTION = 'tom-tat';

export type HandoutBlock = { tag: string; id?: string | null; speakerNotes?: boolean };

/**
 * For each block, whether it belongs to the `##` section `id`: from its heading up to
 * the next `##`, its `###` subsections included, speaker notes and slide breaks left out.
 */
export function sectionMask(blocks: readonly HandoutBlock[], id = SUMMARY_SECTION): boolean[] {
	let inside = false;
	return blocks.map((block) => {
		if (block.tag === 'h2') inside = block.id === id;
		return inside && block.tag !== 'hr' && !block.speakerNotes;
	});
}
