import type { QuarterReport } from '../../simulation/core';
import { turnOf } from '../../simulation/present/turn';
import type { GameState } from './game-room';
import { countVotes, moveOf } from './game-votes';
import type { Phase } from './room';
import type { HostPlayer } from './protocol';
import { activePlayers } from './players';
import type { Room } from './room';

/** A move on offer, with the words the screens show. */
export type VoteChoice = { key: string; label: string };

export type GameRoundView = {
	quarter: number;
	options: VoteChoice[];
	counts: number[];
	winner: number | null;
	tie: boolean;
};

type GameCommon = {
	kind: 'game';
	code: string;
	phase: Phase;
	/** The quarter being voted on or just played (0-based); -1 in the lobby. */
	index: number;
	total: number;
	remainingMs: number | null;
	seconds: number;
	scenario: { id: string; name: string };
};

export type GameHostView = GameCommon & {
	role: 'host';
	joinOrigin: string | null;
	players: HostPlayer[];
	/** The open vote's moves, or the next vote's between quarters. */
	options: VoteChoice[];
	/** Live count of the open vote. */
	counts: number[];
	votedCount: number;
	rounds: GameRoundView[];
	/** The engine's report of every quarter played (for the charts and the glass box). */
	reports: QuarterReport[];
};

export type GamePlayerView = GameCommon & {
	role: 'player';
	nickname: string;
	/** The moves of the open vote, or of the vote just closed. */
	options: VoteChoice[];
	/** This seat's vote, an index into `options`. */
	choice: number | null;
	/** The quarter just played: the winning move and what came of it. */
	result: {
		winner: string | null;
		votes: number;
		tie: boolean;
		said: string;
	} | null;
};

const choices = (keys: readonly string[]): VoteChoice[] =>
	keys.map((key) => ({ key, label: moveOf(key)?.label ?? key }));

const remaining = (room: Room, now: number) =>
	room.phase === 'open' && room.deadline !== null
		? Math.max(0, room.deadline - now)
		: room.phase === 'paused'
			? room.remainingMs
			: null;

const common = (room: Room, game: GameState, now: number): GameCommon => ({
	kind: 'game',
	code: room.code,
	phase: room.phase,
	index: room.index,
	total: game.quarters,
	remainingMs: remaining(room, now),
	seconds: room.seconds,
	scenario: { id: game.scenario.id, name: game.scenario.name }
});

const voting = (room: Room) => room.phase === 'open' || room.phase === 'paused';

export function gameHostView(
	room: Room,
	game: GameState,
	now: number,
	connected: ReadonlySet<string>,
	joinOrigin: string | null
): GameHostView {
	return {
		...common(room, game, now),
		role: 'host',
		joinOrigin,
		players: activePlayers(room).map((p) => ({
			id: p.id,
			nickname: p.nickname,
			score: 0,
			connected: connected.has(p.id),
			answered: voting(room) && game.votes[p.id] !== undefined
		})),
		options: choices(game.options),
		counts: voting(room) ? countVotes(game.options.length, game.votes) : [],
		votedCount: voting(room) ? Object.keys(game.votes).length : 0,
		rounds: game.rounds.map((r, i) => ({
			quarter: i + 1,
			options: choices(r.options),
			counts: r.counts,
			winner: r.winner,
			tie: r.tie
		})),
		reports: game.reports
	};
}

export function gamePlayerView(
	room: Room,
	game: GameState,
	playerId: string,
	now: number
): GamePlayerView {
	const played = room.phase === 'revealed' || room.phase === 'ended';
	const round = played ? game.rounds.at(-1) : undefined;
	const turn = round ? turnOf(game.reports) : null;
	const mine = game.votes[playerId];
	return {
		...common(room, game, now),
		role: 'player',
		nickname: room.players.find((p) => p.id === playerId)?.nickname ?? '',
		options: round ? choices(round.options) : voting(room) ? choices(game.options) : [],
		choice: (round || voting(room)) && mine !== undefined ? mine : null,
		result: round
			? {
					winner:
						round.winner === null ? null : (moveOf(round.options[round.winner]!)?.label ?? ''),
					votes: round.winner === null ? 0 : round.counts[round.winner]!,
					tie: round.tie,
					said: turn?.said ?? ''
				}
			: null
	};
}
