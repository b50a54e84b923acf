/**
 * The documents of the site search index, built at build time from the content: one per
 * chapter section, one per glossary term, one per quiz question (which links to the
 * section its ref names). Served as /tim-kiem.json; the browser indexes them on first use.
 */
import { chapterHref } from '$lib/content/refs';
import { chapterSections } from './chapter-text';

export type SearchKind = 'chapter' | 'term' | 'question';

export type SearchDocument = {
	/** Unique across kinds: `chuong:<slug>#<section>`, `thuat-ngu:<id>`, `cau-hoi:<id>`. */
	id: string;
	kind: SearchKind;
	/** The section's title, the term, or the question's prompt. */
	title: string;
	/** A term's English name; empty otherwise. */
	subtitle: string;
	/** More names to match on: a term's aliases; empty otherwise. */
	keywords: string;
	/** The section's plain text or the term's definition; empty for a question. */
	text: string;
	/** Where it is taught, e.g. "Chương 3 · Giá trị và sự thỏa mãn của khách hàng". */
	context: string;
	href: string;
};

export type ChapterSource = { slug: string; number: number; title: string; source: string };
export type TermSource = {
	id: string;
	term: string;
	english: string;
	aliases: readonly string[];
	definition: string;
	href: string;
	where: string;
};
export type QuestionSource = { id: string; prompt: string; ref: string };
/** Where a question's ref leads and how to name that place (the chapter index knows). */
export type RefPlace = { href: string; where: string };

export const chapterLabel = (number: number, title: string) => `Chương ${number} · ${title}`;

export function chapterDocuments({ slug, number, title, source }: ChapterSource): SearchDocument[] {
	return chapterSections(source).map((section) => ({
		id: `chuong:${slug}${section.id ? `#${section.id}` : ''}`,
		kind: 'chapter',
		title: section.id ? section.title : title,
		subtitle: '',
		keywords: '',
		text: section.text,
		context: chapterLabel(number, title),
		href: chapterHref(slug, section.id)
	}));
}

export const termDocument = (term: TermSource): SearchDocument => ({
	id: `thuat-ngu:${term.id}`,
	kind: 'term',
	title: term.term.normalize('NFC'),
	subtitle: term.english,
	keywords: term.aliases.join(' · ').normalize('NFC'),
	text: term.definition.normalize('NFC'),
	context: term.where,
	href: term.href
});

export const questionDocument = (
	question: QuestionSource,
	place: (ref: string) => RefPlace
): SearchDocument => {
	const { href, where } = place(question.ref);
	return {
		id: `cau-hoi:${question.id}`,
		kind: 'question',
		title: question.prompt.normalize('NFC'),
		subtitle: '',
		keywords: '',
		text: '',
		context: where,
		href
	};
};

export type SearchSources = {
	chapters: readonly ChapterSource[];
	terms: readonly TermSource[];
	questions: readonly QuestionSource[];
	place: (ref: string) => RefPlace;
};

/** Every document, chapters in order, then the terms, then the questions. */
export function buildSearchDocuments(sources: SearchSources): SearchDocument[] {
	return [
		...sources.chapters.flatMap(chapterDocuments),
		...sources.terms.map(termDocument),
		...sources.questions.map((q) => questionDocument(q, sources.place))
	];
}

/** What /tim-kiem.json holds. */
export type SearchIndexFile = { documents: SearchDocument[] };

const KINDS: readonly string[] = ['chapter', 'term', 'question'] satisfies SearchKind[];
const FIELDS = ['id', 'title', 'subtitle', 'keywords', 'text', 'context', 'href'] as const;

const isDocument = (d: unknown): d is SearchDocument =>
	typeof d === 'object' &&
	d !== null &&
	KINDS.includes((d as SearchDocument).kind) &&
	FIELDS.every((field) => typeof (d as SearchDocument)[field] === 'string');

/** The documents of a fetched /tim-kiem.json; throws when it is not one (a stale cache). */
export function parseSearchIndex(data: unknown): SearchDocument[] {
	const documents = (data as Partial<SearchIndexFile> | null)?.documents;
	if (!Array.isArray(documents) || !documents.every(isDocument)) {
		throw new Error('/tim-kiem.json is not a search index: expected { documents: [...] }');
	}
	return documents;
}
