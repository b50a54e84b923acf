import { parseGlossary } from '$lib/content/glossary';
import { chapterIndex } from '$lib/server/content';

const files = import.meta.glob('/content/glossary.json', { eager: true, import: 'default' });

export const load = () => {
	const source = files['/content/glossary.json'];
	const terms = source ? parseGlossary(source, 'content/glossary.json') : [];
	const collator = new Intl.Collator('vi');
	return {
		terms: terms
			.map((t) => {
				const taught = chapterIndex.resolve(t.ref);
				return {
					id: t.id,
					term: t.term,
					english: t.english,
					definition: t.definition,
					aliases: t.aliases,
					href: taught.href,
					where: `Chương ${taught.chapter.number} · ${taught.section.title}`
				};
			})
			.sort((a, b) => collator.compare(a.term, b.term))
	};
};
