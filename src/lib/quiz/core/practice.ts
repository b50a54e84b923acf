import type { Bank, Question } from './bank';
import type { AnswerStats } from './progress';
import { randomFor, shuffle } from './shuffle';

export const PRACTICE_SIZES = [10, 20, 30] as const;

/**
 * Picks a practice set: from one chapter or mixed over all, questions the learner has
 * not yet got right first (never seen, then last answered wrongly), then the rest; the
 * same seed gives the same set. A mixed set takes chapters in turn so each is covered.
 */
export function pickPractice(
	banks: readonly Bank[],
	count: number,
	seed: number,
	answers: Readonly<Record<string, AnswerStats>> = {}
): Question[] {
	const rank = (q: Question) => {
		const stats = answers[q.id];
		if (!stats) return 0;
		return stats.lastRight ? 2 : 1;
	};
	const queues = banks.map((bank) => {
		const shuffled = shuffle(bank.questions, randomFor(seed, `practice:${bank.chapter}`));
		return shuffled.sort((a, b) => rank(a) - rank(b)); // stable: keeps the shuffle within a rank
	});
	const picked: Question[] = [];
	for (let round = 0; picked.length < count; round++) {
		let any = false;
		for (const queue of queues) {
			const q = queue[round];
			if (!q) continue;
			any = true;
			if (picked.length < count) picked.push(q);
		}
		if (!any) break;
	}
	return picked;
}

/** Key presses that answer a question: 1–6 or A–F pick the option at that screen position. */
export function optionFromKey(key: string): number | null {
	if (/^[1-6]$/.test(key)) return Number(key) - 1;
	const letter = key.toUpperCase();
	if (/^[A-F]$/.test(letter)) return letter.charCodeAt(0) - 65;
	return null;
}

export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'];

/** A sorted list of chosen options with `option` added, or removed if it was there. */
export function toggled(chosen: readonly number[], option: number): number[] {
	return chosen.includes(option)
		? chosen.filter((o) => o !== option)
		: [...chosen, option].sort((a, b) => a - b);
}
