import {
	LEVER_IDS,
	PHILOSOPHY_IDS,
	PRICE_MAX,
	PRICE_MIN,
	type Decisions,
	type LeverId,
	type Scenario
} from '$lib/simulation/core';
import { LEVERS, PHILOSOPHIES } from './text/levers';
import { fill } from './text/template';
import { VOTE_TEXT } from './text/vote';

/**
 * The class vote: the lecturer offers 2–4 moves for the next quarter, the class votes by
 * show of hands, and the winning move changes the decisions being edited.
 */
export type Move =
	| { kind: 'philosophy'; id: (typeof PHILOSOPHY_IDS)[number] }
	| { kind: 'price'; by: number }
	| { kind: 'focus'; lever: LeverId };

export const MOVES: { key: string; label: string; move: Move }[] = [
	...PHILOSOPHY_IDS.map((id) => ({
		key: `triet-ly-${id}`,
		label: fill(VOTE_TEXT.moves.philosophy, { philosophy: PHILOSOPHIES[id].label.toLowerCase() }),
		move: { kind: 'philosophy', id } as Move
	})),
	{ key: 'giam-gia', label: VOTE_TEXT.moves.lowerPrice, move: { kind: 'price', by: -0.1 } },
	{ key: 'tang-gia', label: VOTE_TEXT.moves.raisePrice, move: { kind: 'price', by: 0.1 } },
	...LEVER_IDS.map((lever) => ({
		key: `don-${lever}`,
		label: fill(VOTE_TEXT.moves.focus, { lever: LEVERS[lever].label }),
		move: { kind: 'focus', lever } as Move
	}))
];

/** The decisions after a move; always within the budget and the price range. */
export function applyMove(draft: Decisions, move: Move, scenario: Scenario): Decisions {
	const next: Decisions = { ...draft, spend: { ...draft.spend }, targets: [...draft.targets] };
	if (move.kind === 'philosophy') next.philosophy = move.id;
	else if (move.kind === 'price')
		next.price =
			Math.round(Math.min(PRICE_MAX, Math.max(PRICE_MIN, draft.price + move.by)) * 100) / 100;
	else {
		// Take 20% of the budget from the other levers, in proportion to what they have.
		const others = LEVER_IDS.filter((l) => l !== move.lever);
		const pool = others.reduce((sum, l) => sum + draft.spend[l], 0);
		const moved = Math.min(pool, Math.round(scenario.budget * 0.2));
		let taken = 0;
		for (const l of others) {
			const cut = pool ? Math.floor((draft.spend[l] / pool) * moved) : 0;
			next.spend[l] = draft.spend[l] - cut;
			taken += cut;
		}
		next.spend[move.lever] = draft.spend[move.lever] + taken;
	}
	return next;
}

/** The option with the most hands, or null on a tie for first or with no votes. */
export function winner(counts: readonly number[]): number | null {
	const best = Math.max(...counts);
	if (!(best > 0)) return null;
	const top = counts.flatMap((c, i) => (c === best ? [i] : []));
	return top.length === 1 ? top[0]! : null;
}

export type Option = { key: string; hands: string };
export type Tally = { move: Move | null; message: string };

/**
 * Counts the hands typed for each option: the winning move (null when the count is not
 * valid, tied or empty) and what to tell the class.
 */
export function tally(options: readonly Option[]): Tally {
	const counts = options.map((o) => Number(o.hands.trim() || '0'));
	const { results } = VOTE_TEXT;
	if (counts.some((c) => !Number.isInteger(c) || c < 0))
		return { move: null, message: results.badCount };
	const won = winner(counts);
	if (won === null)
		return { move: null, message: Math.max(...counts) > 0 ? results.tie : results.noVotes };
	const chosen = MOVES.find((m) => m.key === options[won]!.key);
	if (!chosen) return { move: null, message: results.badCount };
	return {
		move: chosen.move,
		message: fill(results.winner, { move: chosen.label, votes: counts[won]! })
	};
}
