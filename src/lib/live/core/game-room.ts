import type { Decisions, QuarterReport, Scenario } from '../../simulation/core';
import { replay } from '../../simulation/core/record';
import { startingDecisions } from '../../simulation/present/budget';
import { applyMove } from '../../simulation/present/vote';
import { LiveError } from './errors';
import { gameScenario } from './game-scenarios';
import { GAME_QUARTERS, GAME_SECONDS, type GameSetup } from './game-setup';
import { countVotes, defaultVote, moveOf, validVote, voteOutcome } from './game-votes';
import type { Room, RoomEvent } from './room';

export { GAME_QUARTERS, GAME_SECONDS, type GameSetup };

/** One played quarter's vote: the moves offered, the count, the winner, the decisions run. */
export type GameRound = {
	options: string[];
	counts: number[];
	winner: number | null;
	tie: boolean;
	decisions: Decisions;
};

/**
 * The firm the class plays, inside its room. The server runs the engine when a vote
 * closes (the room's state is the only truth: a reload or a restart shows the same
 * results), and the engine is deterministic, so `reports` is rebuilt from the rounds'
 * decisions on load instead of being stored.
 */
export type GameState = {
	scenario: Scenario;
	seed: number;
	quarters: number;
	/** The moves of the open vote, or of the next one between quarters (MOVES keys). */
	options: string[];
	/** Each seat's vote in the open (or just closed) quarter: an index into its options. */
	votes: Record<string, number>;
	rounds: GameRound[];
	reports: QuarterReport[];
};

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(x)));

export function newGameRoom(code: string, setup: GameSetup, now: number): Room {
	const scenario = gameScenario(setup.scenario);
	if (!scenario)
		throw new LiveError('no-scenario', 'Không có doanh nghiệp này trong trình mô phỏng.');
	const options = setup.moves ?? defaultVote(0);
	if (!validVote(options))
		throw new LiveError('bad-moves', 'Mỗi lần bình chọn cần 2–4 phương án khác nhau.');
	return {
		code,
		createdAt: now,
		seconds: clamp(setup.seconds, GAME_SECONDS.min, GAME_SECONDS.max),
		questions: [],
		phase: 'lobby',
		index: -1,
		deadline: null,
		remainingMs: null,
		players: [],
		answers: [],
		game: {
			scenario,
			seed: setup.seed,
			quarters: clamp(
				setup.quarters,
				GAME_QUARTERS.min,
				Math.min(GAME_QUARTERS.max, scenario.quarters)
			),
			options,
			votes: {},
			rounds: [],
			reports: []
		}
	};
}

/** The decisions the next quarter starts from: the last quarter's, or the starting ones. */
export const currentDecisions = (game: GameState): Decisions =>
	game.rounds.at(-1)?.decisions ?? startingDecisions(game.scenario);

const notNow = (what: string): never => {
	throw new LiveError('bad-command', what);
};

/**
 * A game room's own events (the vote, the moves, and what start, close, next and the
 * timer mean for a game); null for those a game shares with a quiz (join, kick, pause,
 * resume, end), which room.ts applies.
 */
export function gameEvent(room: Room, game: GameState, event: RoomEvent, now: number): Room | null {
	const voting = room.phase === 'open' || room.phase === 'paused';
	switch (event.type) {
		case 'vote':
			return vote(room, game, event, now);
		case 'moves':
			if (voting) return notNow('Không đổi phương án khi lớp đang bình chọn.');
			if (!validVote(event.moves))
				throw new LiveError('bad-moves', 'Mỗi lần bình chọn cần 2–4 phương án khác nhau.');
			return { ...room, game: { ...game, options: [...event.moves] } };
		case 'start':
			return room.phase === 'lobby' ? openVote(room, game, 0, now) : notNow('Trò chơi đã bắt đầu.');
		case 'close':
		case 'reveal':
			return voting ? playQuarter(room, game) : notNow('Không có cuộc bình chọn nào đang mở.');
		case 'tick':
			return room.phase === 'open' && room.deadline !== null && now >= room.deadline
				? playQuarter(room, game)
				: room;
		case 'next':
			if (room.phase !== 'revealed') return notNow('Hãy đóng bình chọn và chạy quý này trước.');
			return room.index + 1 < game.quarters
				? openVote(room, game, room.index + 1, now)
				: { ...room, phase: 'ended' };
		case 'answer':
			throw new LiveError('bad-answer', 'Phiên này là bình chọn, không có câu hỏi.');
		default:
			return null;
	}
}

const openVote = (room: Room, game: GameState, index: number, now: number): Room => ({
	...room,
	phase: 'open',
	index,
	deadline: now + room.seconds * 1000,
	remainingMs: null,
	game: { ...game, votes: {} }
});

/** A seat's vote, changeable until the vote closes; the same vote again changes nothing. */
function vote(
	room: Room,
	game: GameState,
	event: { playerId: string; quarter: number; option: number },
	now: number
): Room {
	const player = room.players.find((p) => p.id === event.playerId);
	if (!player || player.kicked) throw new LiveError('bad-seat', 'Bạn không còn trong phiên này.');
	if (
		event.quarter !== room.index ||
		room.phase !== 'open' ||
		room.deadline === null ||
		now >= room.deadline
	)
		throw new LiveError('not-open', 'Cuộc bình chọn này đã đóng, phiếu không được tính.');
	if (!Number.isInteger(event.option) || event.option < 0 || event.option >= game.options.length)
		throw new LiveError('bad-answer', 'Phương án không hợp lệ.');
	if (game.votes[event.playerId] === event.option) return room;
	return { ...room, game: { ...game, votes: { ...game.votes, [event.playerId]: event.option } } };
}

/** Closes the vote, applies the winning move and plays the quarter on the engine. */
function playQuarter(room: Room, game: GameState): Room {
	const active = new Set(room.players.filter((p) => !p.kicked).map((p) => p.id));
	const votes = Object.fromEntries(Object.entries(game.votes).filter(([id]) => active.has(id)));
	const counts = countVotes(game.options.length, votes);
	const { winner, tie } = voteOutcome(counts);
	const before = currentDecisions(game);
	const move = winner === null ? undefined : moveOf(game.options[winner]!)?.move;
	const decisions = move ? applyMove(before, move, game.scenario) : before;
	const rounds = [...game.rounds, { options: game.options, counts, winner, tie, decisions }];
	return {
		...room,
		phase: 'revealed',
		deadline: null,
		remainingMs: null,
		game: {
			...game,
			votes,
			rounds,
			reports: replayReports(game.scenario, game.seed, rounds),
			options: defaultVote(room.index + 1)
		}
	};
}

/** The engine's reports for these rounds: same firm, seed and decisions ⇒ same results. */
export function replayReports(
	scenario: Scenario,
	seed: number,
	rounds: readonly GameRound[]
): QuarterReport[] {
	const record = { scenario: scenario.id, seed, decisions: rounds.map((r) => r.decisions) };
	return replay(scenario, record).history;
}

/** The game as the store keeps it: everything but the reports, which replay rebuilds. */
export const storedGame = (game: GameState): string =>
	JSON.stringify({ ...game, reports: undefined });

export function readStoredGame(text: string): GameState {
	const game = JSON.parse(text) as Omit<GameState, 'reports'>;
	return { ...game, reports: replayReports(game.scenario, game.seed, game.rounds) };
}
