/**
 * The search engine the browser builds from /tim-kiem.json: MiniSearch over the
 * documents' titles, names and text, every word folded by `normalise` (so diacritics and
 * case do not matter), the last word matched as a prefix (the reader is still typing it)
 * and longer words with one or two typos. Loaded only when search first opens.
 *
 *   const engine = createSearchEngine(documents);
 *   engine.search('thoa man') // [{ kind: 'chapter', label: 'Chương', items: [...] }, ...]
 */
import MiniSearch, { type SearchOptions } from 'minisearch';
import { parseSearchIndex, type SearchDocument } from './documents';
import { normalise, tokenize } from './normalise';
import { groupResults, GROUP_LIMITS, type SearchGroup } from './results';

/** Words this short are matched exactly; longer ones forgive about one typo in five letters. */
const FUZZY_FROM = 5;

const OPTIONS: SearchOptions = {
	boost: { title: 3, subtitle: 2, keywords: 2 },
	prefix: (_term, i, terms) => i === terms.length - 1,
	fuzzy: (term) => (term.length >= FUZZY_FROM ? 0.2 : false)
};

export type SearchEngine = { search(query: string): SearchGroup[] };

export function createSearchEngine(
	documents: readonly SearchDocument[],
	limits = GROUP_LIMITS
): SearchEngine {
	const index = new MiniSearch<SearchDocument>({
		fields: ['title', 'subtitle', 'keywords', 'text'],
		tokenize,
		processTerm: (term) => normalise(term) || null,
		searchOptions: OPTIONS
	});
	index.addAll(documents);
	const byId = new Map(documents.map((d) => [d.id, d]));

	return {
		search(query) {
			if (!tokenize(query).length) return [];
			// Every word must match; when no document has them all, any word will do.
			let hits = index.search(query, { combineWith: 'AND' });
			if (!hits.length) hits = index.search(query, { combineWith: 'OR' });
			return groupResults(hits, byId, limits);
		}
	};
}

/** The engine for a fetched /tim-kiem.json (see parseSearchIndex for what it must hold). */
export const engineFromIndex = (data: unknown) => createSearchEngine(parseSearchIndex(data));
