import { chapterCards } from '$lib/server/content';
import { bankCards } from '$lib/server/quiz';
import { scenarios } from '$lib/server/scenarios';

export const load = () => ({
	chapters: chapterCards,
	banks: bankCards.map(({ chapter, questions }) => ({ chapter, questions })),
	scenarios
});
