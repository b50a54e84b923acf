import { MOVES } from '../../simulation/present/vote';

/** How many moves one quarter's vote offers. */
export const VOTE_OPTIONS = { min: 2, max: 4 } as const;

/**
 * The votes offered when the lecturer does not choose, quarter after quarter (then again
 * from the top): the philosophy first, then price, then where the budget goes.
 */
export const DEFAULT_VOTES: readonly (readonly string[])[] = [
	['triet-ly-marketing', 'triet-ly-selling', 'triet-ly-product'],
	['giam-gia', 'tang-gia'],
	['don-serviceQuality', 'don-acquisition', 'don-loyalty'],
	['don-personalization', 'don-complaints', 'don-brand'],
	['triet-ly-societal', 'triet-ly-marketing'],
	['don-staffTraining', 'don-analytics', 'don-serviceQuality']
];

export const defaultVote = (quarter: number): string[] => [
	...DEFAULT_VOTES[quarter % DEFAULT_VOTES.length]!
];

const byKey = new Map(MOVES.map((m) => [m.key, m]));

export const moveOf = (key: string) => byKey.get(key);

/** Whether `keys` is a valid vote: 2–4 different moves that exist. */
export const validVote = (keys: readonly string[]) =>
	keys.length >= VOTE_OPTIONS.min &&
	keys.length <= VOTE_OPTIONS.max &&
	new Set(keys).size === keys.length &&
	keys.every((k) => byKey.has(k));

/** How many seats chose each option (`votes`: seat → option index). */
export function countVotes(options: number, votes: Readonly<Record<string, number>>): number[] {
	const counts = Array.from({ length: options }, () => 0);
	for (const option of Object.values(votes)) if (option < options) counts[option]!++;
	return counts;
}

export type VoteOutcome = {
	/** The winning option's index, or null when nobody voted. */
	winner: number | null;
	/** Whether the winner was tied for first (and won by coming first in the list). */
	tie: boolean;
};

/**
 * The winner of a vote. The rule for a tie, which the projector states: of the moves tied
 * for first, the one the lecturer listed first wins (the quarter must run, and the
 * lecturer orders the list). No vote at all: no move, the decisions stay as they were.
 */
export function voteOutcome(counts: readonly number[]): VoteOutcome {
	const best = Math.max(0, ...counts);
	if (best === 0) return { winner: null, tie: false };
	const top = counts.flatMap((c, i) => (c === best ? [i] : []));
	return { winner: top[0]!, tie: top.length > 1 };
}
