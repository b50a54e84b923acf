/**
 * A chapter's Markdown source cut into its sections, as plain text for the search index.
 * What a reader does not see as words is left out: the frontmatter, the `{#id}` of each
 * heading, `<Widget … />` lines, the lecturer's notes (hidden on the student page) and
 * the Markdown marks themselves.
 *
 *   chapterSections('---\n…\n---\nMở đầu.\n\n## Giá trị {#gia-tri}\n**Giá trị** là…')
 *   // [{ id: null, depth: 1, title: '', text: 'Mở đầu.' },
 *   //  { id: 'gia-tri', depth: 2, title: 'Giá trị', text: 'Giá trị là…' }]
 */

export type ChapterSection = {
	/** The heading's id; null for the text before the first heading. */
	id: string | null;
	/** 2 for `##`, 3 for `###`; 1 for the opening text. */
	depth: 1 | 2 | 3;
	title: string;
	text: string;
};

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;
const HEADING = /^(#{2,3})\s+(.*?)\s*\{#([a-z0-9-]+)\}\s*$/;
const WIDGET_LINE = /^\s*<Widget\b[^>]*\/>\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
const NOTES = /^>\s*(\*\*|__)?Ghi chú giảng viên:/;

/** Plain text of one line of Markdown: no emphasis, code or link marks, no list bullets. */
export function plainLine(line: string): string {
	return line
		.replace(/^\s*(?:>\s*)+/, '')
		.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/`([^`]*)`/g, '$1')
		.replace(/\*{1,3}|(?<![\p{L}\p{N}])_{1,3}|_{1,3}(?![\p{L}\p{N}])/gu, '')
		.replace(/\s*\|\s*/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Drops each blockquote that holds lecturer's notes, with all its lines. */
function withoutNotes(lines: string[]): string[] {
	const kept: string[] = [];
	let inNotes = false;
	for (const line of lines) {
		if (!line.startsWith('>')) inNotes = false;
		else if (NOTES.test(line)) inNotes = true;
		if (!inNotes) kept.push(line);
	}
	return kept;
}

/** The chapter's sections in order, the opening text first (when there is one). */
export function chapterSections(source: string): ChapterSection[] {
	const lines = withoutNotes(source.normalize('NFC').replace(FRONTMATTER, '').split(/\r?\n/));
	const sections: ChapterSection[] = [];
	let current: ChapterSection = { id: null, depth: 1, title: '', text: '' };
	const words: string[] = [];
	const close = () => {
		current.text = words.join(' ');
		words.length = 0;
		if (current.id !== null || current.text) sections.push(current);
	};
	for (const line of lines) {
		const heading = HEADING.exec(line);
		if (heading) {
			close();
			const [, hashes = '##', title = '', id = ''] = heading;
			current = { id, depth: hashes.length === 3 ? 3 : 2, title: plainLine(title), text: '' };
		} else if (!WIDGET_LINE.test(line) && !TABLE_RULE.test(line)) {
			const text = plainLine(line);
			if (text) words.push(text);
		}
	}
	close();
	return sections;
}
