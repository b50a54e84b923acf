/** Folds Vietnamese text for searching: lower case, no diacritics, đ → d. */
export function fold(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{Mn}/gu, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.toLowerCase()
		.trim();
}

export type Searchable = { term: string; english: string; definition: string; aliases: string[] };

/**
 * The entries matching `query` (every word of it, with or without diacritics), terms
 * whose name matches first. An empty query returns everything in the original order.
 */
export function searchGlossary<T extends Searchable>(entries: readonly T[], query: string): T[] {
	const words = fold(query).split(/\s+/).filter(Boolean);
	if (!words.length) return [...entries];
	const scored: { entry: T; rank: number; index: number }[] = [];
	entries.forEach((entry, index) => {
		const name = fold([entry.term, entry.english, ...entry.aliases].join(' '));
		const all = `${name} ${fold(entry.definition)}`;
		if (!words.every((w) => all.includes(w))) return;
		scored.push({ entry, rank: words.every((w) => name.includes(w)) ? 0 : 1, index });
	});
	return scored.sort((a, b) => a.rank - b.rank || a.index - b.index).map((s) => s.entry);
}
