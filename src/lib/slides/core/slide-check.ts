/**
 * What `content:check` says about a chapter's slide blocks (src/lib/content/remark-slides.js):
 * how many `##` sections have one, how many blocks have speaker notes with the question for
 * the room and the common mistake, and what is wrong. A chapter that has opted in with
 * `slides: true` fails for every gap; the others only report their counts.
 */
import { NOTE_PARTS } from '../../content/remark-slides.js';

export type SlideBlock = {
	section: string;
	heading: string;
	title: string;
	quiz: string | null;
	notes: string | null;
	widget: string | null;
	line: number;
};

export type SlideSummary = {
	optedIn: boolean;
	blocks: number;
	sections: number;
	sectionsWithSlides: number;
	missingSections: number;
	withNotes: number;
	quizzes: number;
};

type Outline = readonly { id: string; depth: number }[];

export function checkSlides(
	file: string,
	outline: Outline,
	blocks: readonly SlideBlock[],
	questionIds: ReadonlySet<string>,
	optedIn: boolean
): { summary: SlideSummary; problems: string[] } {
	const sections = outline.filter((s) => s.depth === 2).map((s) => s.id);
	const covered = new Set(blocks.map((b) => b.section));
	const missing = sections.filter((id) => !covered.has(id));
	const complete = (b: SlideBlock) =>
		b.notes !== null && NOTE_PARTS.every((part) => b.notes!.includes(part));
	const problems: string[] = [];
	for (const b of blocks) {
		if (b.quiz && !questionIds.has(b.quiz))
			problems.push(
				`${file}:${b.line}: slide quiz="${b.quiz}" is not a question of this chapter's bank`
			);
	}
	if (optedIn) {
		for (const id of missing) problems.push(`${file}: section #${id} has no slide block`);
		for (const b of blocks.filter((b) => !complete(b)))
			problems.push(
				`${file}:${b.line}: the slide needs speaker notes, > **Ghi chú giảng viên:** … with ${NOTE_PARTS.join(' and ')}`
			);
	}
	return {
		summary: {
			optedIn,
			blocks: blocks.length,
			sections: sections.length,
			sectionsWithSlides: sections.length - missing.length,
			missingSections: missing.length,
			withNotes: blocks.filter(complete).length,
			quizzes: blocks.filter((b) => b.quiz).length
		},
		problems
	};
}
