import type { Bank } from '../../quiz/core/bank';
import { randomFor, shuffle } from '../../quiz/core/shuffle';
import { MAX_QUESTIONS } from './room';
import { isLiveQuestion } from './questions';

/** How many questions a lecturer may pick for one live quiz. */
export const LIVE_SIZES = [5, 10, 15, 20] as const;

/**
 * The ids of `count` live questions (choice types) drawn from the chosen banks, shuffled
 * by `seed`, spread over the chapters in turn so each chapter gets its share.
 */
export function pickLiveQuestions(banks: readonly Bank[], count: number, seed: number): string[] {
	const pools = banks.map((b) =>
		shuffle(
			b.questions.filter(isLiveQuestion).map((q) => q.id),
			randomFor(seed, b.chapter)
		)
	);
	const picked: string[] = [];
	const limit = Math.min(count, MAX_QUESTIONS);
	for (let round = 0; picked.length < limit; round++) {
		let added = false;
		for (const pool of pools) {
			const id = pool[round];
			if (id !== undefined && picked.length < limit) {
				picked.push(id);
				added = true;
			}
		}
		if (!added) break;
	}
	return shuffle(picked, randomFor(seed, 'order'));
}
