import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Bank } from '../../quiz/core/bank';
import { isLiveQuestion, toLiveQuestion, type LiveQuestion } from '../core/questions';

/** Every live question of these banks, by id. */
export function liveQuestionIndex(banks: readonly Bank[]): Map<string, LiveQuestion> {
	const index = new Map<string, LiveQuestion>();
	for (const bank of banks)
		for (const q of bank.questions) if (isLiveQuestion(q)) index.set(q.id, toLiveQuestion(q));
	return index;
}

/**
 * The banks the production build wrote as `/ngan-hang/<chapter>.json` (validated when the
 * site was built, with each case question's case attached): the live server asks exactly
 * the questions the site shows.
 */
export function readBuiltBanks(dir: string): Bank[] {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Bank);
}

/** The hub's question lookup: null when any id is unknown or not a live question. */
export function questionLookup(index: ReadonlyMap<string, LiveQuestion>) {
	return (ids: readonly string[]) => {
		const found = ids.map((id) => index.get(id));
		return found.every((q) => q !== undefined) ? (found as LiveQuestion[]) : null;
	};
}
