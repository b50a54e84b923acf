/**
 * What the search box shows for a query: the engine's hits grouped by kind (chapter
 * sections, glossary terms, questions), each with its title and a short snippet whose
 * matching words are marked, and the sentence a screen reader hears.
 */
import type { SearchDocument, SearchKind } from './documents';
import { normalise, wordSpans } from './normalise';

/** One hit: a document id, its score and the (normalised) indexed words it matched. */
export type Hit = { id: string; score: number; terms: readonly string[] };

/** A run of text, marked when it is a word the query matched. */
export type TextPart = { text: string; mark: boolean };

export type SearchItem = Pick<SearchDocument, 'id' | 'kind' | 'subtitle' | 'context' | 'href'> & {
	title: TextPart[];
	snippet: TextPart[];
};

export type SearchGroup = { kind: SearchKind; label: string; items: SearchItem[] };

/** The groups in the order they are shown, with their headings. */
export const KIND_LABELS: Record<SearchKind, string> = {
	chapter: 'Chương',
	term: 'Thuật ngữ',
	question: 'Câu hỏi'
};

/** How many hits of each kind are shown (the best ones). */
export const GROUP_LIMITS: Record<SearchKind, number> = { chapter: 6, term: 4, question: 4 };

/** How long a snippet is, in characters, and how much of it comes before the first match. */
const SNIPPET = { length: 150, lead: 50 };

/** `text` cut into runs, the words whose normalised form is in `terms` marked. */
export function highlight(text: string, terms: ReadonlySet<string>): TextPart[] {
	const parts: TextPart[] = [];
	let at = 0;
	for (const { word, start, end } of wordSpans(text)) {
		if (!terms.has(normalise(word))) continue;
		if (start > at) parts.push({ text: text.slice(at, start), mark: false });
		parts.push({ text: word, mark: true });
		at = end;
	}
	if (at < text.length) parts.push({ text: text.slice(at), mark: false });
	return parts;
}

/**
 * About `length` characters of `text` around its first word in `terms` (from the start
 * when none is), cut at word boundaries, with "…" where text was left out; highlighted.
 */
export function snippet(
	text: string,
	terms: ReadonlySet<string>,
	length = SNIPPET.length
): TextPart[] {
	const words = wordSpans(text);
	const firstWord = words[0];
	if (!firstWord) return [];
	const match = words.find((w) => terms.has(normalise(w.word)));
	const wanted = match ? match.start - SNIPPET.lead : 0;
	const startWord = words.find((w) => w.start >= wanted) ?? firstWord;
	const from = startWord === firstWord ? 0 : startWord.start;
	const inWindow = words.filter((w) => w.start >= from && w.end <= from + length);
	const to = Math.max(inWindow.at(-1)?.end ?? startWord.end, match?.end ?? 0);
	const cutEnd = words.some((w) => w.start >= to);
	const body = highlight(text.slice(from, cutEnd ? to : undefined), terms);
	if (from > 0) body.unshift({ text: '… ', mark: false });
	if (cutEnd) body.push({ text: ' …', mark: false });
	return body;
}

/** The hits as groups, best first within each; unknown ids are skipped, empty groups left out. */
export function groupResults(
	hits: readonly Hit[],
	documents: ReadonlyMap<string, SearchDocument>,
	limits: Record<SearchKind, number> = GROUP_LIMITS
): SearchGroup[] {
	const sorted = [...hits].sort((a, b) => b.score - a.score);
	return (Object.keys(KIND_LABELS) as SearchKind[])
		.map((kind) => {
			const items = sorted
				.map((hit) => ({ hit, doc: documents.get(hit.id) }))
				.filter(({ doc }) => doc?.kind === kind)
				.slice(0, limits[kind])
				.map(({ hit, doc }) => toItem(doc as SearchDocument, new Set(hit.terms)));
			return { kind, label: KIND_LABELS[kind], items };
		})
		.filter((group) => group.items.length > 0);
}

function toItem(doc: SearchDocument, terms: ReadonlySet<string>): SearchItem {
	const { id, kind, subtitle, context, href } = doc;
	return {
		id,
		kind,
		subtitle,
		context,
		href,
		title: highlight(doc.title, terms),
		snippet: snippet(doc.text, terms)
	};
}

const COUNT_NAMES: Record<SearchKind, string> = {
	chapter: 'mục trong chương',
	term: 'thuật ngữ',
	question: 'câu hỏi'
};

/** The sentence announced after each search, e.g. "5 kết quả: 3 mục trong chương, 2 thuật ngữ". */
export function resultsStatus(query: string, groups: readonly SearchGroup[]): string {
	if (!query.trim()) return '';
	const total = groups.reduce((n, g) => n + g.items.length, 0);
	if (!total) return `Không tìm thấy kết quả cho “${query.trim()}”.`;
	const parts = groups.map((g) => `${g.items.length} ${COUNT_NAMES[g.kind]}`);
	return `${total} kết quả: ${parts.join(', ')}.`;
}
