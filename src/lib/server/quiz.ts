import { parseBank, type Bank } from '$lib/quiz/core/bank';
import { chapterIndex } from './content';

/**
 * The question banks, validated when the site is built (a bad bank fails the build with
 * the file and field named), in chapter order. Server-only: pages fetch a chapter's bank
 * as a static JSON file when they need it.
 */
const files = import.meta.glob('/content/quiz/*.json', { eager: true, import: 'default' });

export const banks: readonly Bank[] = Object.entries(files)
	.map(([file, data]) => parseBank(data, file.slice(1)))
	.sort((a, b) => chapterNumber(a.chapter) - chapterNumber(b.chapter));

function chapterNumber(slug: string): number {
	return chapterIndex.get(slug)?.number ?? 99;
}

/** What the quiz pages need to know before fetching a bank. */
export type BankCard = {
	chapter: string;
	number: number;
	title: string;
	questions: number;
	essays: number;
};

export const bankCards: BankCard[] = banks.map((b) => ({
	chapter: b.chapter,
	number: chapterNumber(b.chapter),
	title: chapterIndex.get(b.chapter)?.title ?? b.chapter,
	questions: b.questions.length,
	essays: b.essays.length
}));
