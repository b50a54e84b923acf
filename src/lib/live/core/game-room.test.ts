import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyMove, MOVES } from '../../simulation/present/vote';
import { startingDecisions } from '../../simulation/present/budget';
import { LiveError } from './errors';
import { newGameRoom, readStoredGame, storedGame, type GameState } from './game-room';
import { GAME_SCENARIOS } from './game-scenarios';
import { countVotes, DEFAULT_VOTES, validVote, voteOutcome } from './game-votes';
import { gameHostView, gamePlayerView } from './game-view';
import { applyEvent, type Room, type RoomEvent } from './room';

const T0 = 5_000_000;
const setup = { scenario: 'coffee', quarters: 3, seconds: 60, seed: 7 };
const lobby = () => newGameRoom('CDEFH9', setup, T0);

function play(room: Room, events: RoomEvent[], at = T0): Room {
	return events.reduce((r, e) => applyEvent(r, e, at), room);
}

const refusal = (fn: () => unknown) => {
	try {
		fn();
	} catch (error) {
		if (error instanceof LiveError) return error.code;
		throw error;
	}
	return 'accepted';
};

const vote = (playerId: string, option: number, quarter = 0): RoomEvent => ({
	type: 'vote',
	playerId,
	quarter,
	option
});
const seated = play(lobby(), [
	{ type: 'join', playerId: 'a', nickname: 'An' },
	{ type: 'join', playerId: 'b', nickname: 'Bình' },
	{ type: 'join', playerId: 'c', nickname: 'Chi' }
]);
const game = (room: Room): GameState => room.game!;

describe('the class game room', () => {
	it('plays every built-in firm of content/scenarios', () => {
		const files = readdirSync('content/scenarios').map((f) => f.replace(/\.json$/, ''));
		expect(GAME_SCENARIOS.map((s) => s.id).sort()).toEqual(files.sort());
	});

	it('opens with the default moves, and refuses an unknown firm or a bad list of moves', () => {
		expect(game(lobby()).options).toEqual(DEFAULT_VOTES[0]);
		expect(refusal(() => newGameRoom('X', { ...setup, scenario: 'nope' }, T0))).toBe('no-scenario');
		for (const moves of [['giam-gia'], ['giam-gia', 'giam-gia'], ['giam-gia', 'bay-cao']])
			expect(refusal(() => newGameRoom('X', { ...setup, moves }, T0))).toBe('bad-moves');
		expect(validVote(MOVES.slice(0, 4).map((m) => m.key))).toBe(true);
		expect(validVote(MOVES.slice(0, 5).map((m) => m.key))).toBe(false);
	});

	it('counts one vote per seat, changeable until the vote closes, the same vote twice a no-op', () => {
		const open = play(seated, [{ type: 'start' }]);
		const voted = play(open, [vote('a', 0), vote('b', 1), vote('a', 1)]);
		expect(countVotes(3, game(voted).votes)).toEqual([0, 2, 0]);
		expect(applyEvent(voted, vote('a', 1), T0)).toBe(voted);
		expect(refusal(() => applyEvent(voted, vote('a', 3), T0))).toBe('bad-answer');
		expect(refusal(() => applyEvent(voted, vote('zz', 0), T0))).toBe('bad-seat');
		expect(refusal(() => applyEvent(voted, vote('a', 0, 1), T0))).toBe('not-open');
		expect(refusal(() => applyEvent(voted, vote('a', 0), T0 + 60_000))).toBe('not-open');
		const paused = applyEvent(voted, { type: 'pause' }, T0);
		expect(refusal(() => applyEvent(paused, vote('c', 0), T0))).toBe('not-open');
	});

	it('applies the winning move, plays the quarter on the engine, and offers the next moves', () => {
		const open = play(seated, [{ type: 'start' }, vote('a', 1), vote('b', 1), vote('c', 0)]);
		const played = applyEvent(open, { type: 'close' }, T0 + 1000);
		const g = game(played);
		expect(played.phase).toBe('revealed');
		expect(g.rounds).toHaveLength(1);
		expect(g.rounds[0]).toMatchObject({ counts: [1, 2, 0], winner: 1, tie: false });
		const scenario = GAME_SCENARIOS.find((s) => s.id === 'coffee')!;
		const selling = MOVES.find((m) => m.key === DEFAULT_VOTES[0]![1])!.move;
		expect(g.rounds[0]!.decisions).toEqual(
			applyMove(startingDecisions(scenario), selling, scenario)
		);
		expect(g.reports).toHaveLength(1);
		expect(g.reports[0]!.decisions.philosophy).toBe('selling');
		expect(g.options).toEqual(DEFAULT_VOTES[1]);
		expect(refusal(() => applyEvent(played, vote('a', 0), T0 + 1000))).toBe('not-open');
		// the lecturer changes the next moves between quarters, not during a vote
		const moved = applyEvent(played, { type: 'moves', moves: ['don-brand', 'tang-gia'] }, T0);
		expect(game(moved).options).toEqual(['don-brand', 'tang-gia']);
		expect(
			refusal(() => applyEvent(open, { type: 'moves', moves: ['don-brand', 'tang-gia'] }, T0))
		).toBe('bad-command');
	});

	it('breaks a tie for the move listed first; no vote at all keeps the decisions', () => {
		expect(voteOutcome([2, 3, 3])).toEqual({ winner: 1, tie: true });
		expect(voteOutcome([0, 0])).toEqual({ winner: null, tie: false });
		const tied = play(seated, [{ type: 'start' }, vote('a', 2), vote('b', 1), { type: 'close' }]);
		expect(game(tied).rounds[0]).toMatchObject({ winner: 1, tie: true });
		const empty = play(seated, [{ type: 'start' }, { type: 'close' }]);
		const scenario = GAME_SCENARIOS.find((s) => s.id === 'coffee')!;
		expect(game(empty).rounds[0]!.decisions).toEqual(startingDecisions(scenario));
	});

	it('closes the vote at the deadline (the timer), and ends after the last quarter', () => {
		let room = play(seated, [{ type: 'start' }, vote('a', 0)]);
		expect(applyEvent(room, { type: 'tick' }, T0 + 59_999)).toBe(room);
		room = applyEvent(room, { type: 'tick' }, T0 + 60_000);
		expect(room.phase).toBe('revealed');
		expect(refusal(() => applyEvent(room, { type: 'close' }, T0))).toBe('bad-command');
		room = play(room, [{ type: 'next' }, { type: 'close' }, { type: 'next' }]);
		expect([room.phase, room.index]).toEqual(['open', 2]);
		expect(refusal(() => applyEvent(room, { type: 'next' }, T0))).toBe('bad-command');
		room = play(room, [{ type: 'close' }, { type: 'next' }]);
		expect(room.phase).toBe('ended');
		expect(game(room).reports.map((r) => r.quarter)).toEqual([1, 2, 3]);
		expect(refusal(() => applyEvent(room, vote('a', 0, 2), T0))).toBe('room-ended');
	});

	it('gives the same results for the same seed, and rebuilds them from what is stored', () => {
		const run = (seed: number) =>
			game(play(newGameRoom('X', { ...setup, seed }, T0), [{ type: 'start' }, { type: 'close' }]));
		expect(run(7).reports).toEqual(run(7).reports);
		expect(run(7).reports[0]!.firmValue).not.toBe(run(8).reports[0]!.firmValue);
		const stored = storedGame(run(7));
		expect(stored).not.toContain('"reports"');
		expect(readStoredGame(stored)).toEqual(run(7));
	});

	it('shows phones the moves and their own vote, and the projector the live count', () => {
		const open = play(seated, [{ type: 'start' }, vote('a', 2), vote('b', 2)]);
		const host = gameHostView(open, game(open), T0 + 1000, new Set(['a']), null);
		expect(host).toMatchObject({ kind: 'game', counts: [0, 0, 2], votedCount: 2, total: 3 });
		expect(host.players.map((p) => [p.nickname, p.answered, p.connected])).toEqual([
			['An', true, true],
			['Bình', true, false],
			['Chi', false, false]
		]);
		const phone = gamePlayerView(open, game(open), 'a', T0 + 1000);
		expect(phone.options.map((o) => o.key)).toEqual(DEFAULT_VOTES[0]);
		expect(phone).toMatchObject({ choice: 2, result: null, remainingMs: 59_000 });
		expect(phone).not.toHaveProperty('counts');
		const played = applyEvent(open, { type: 'close' }, T0);
		const after = gamePlayerView(played, game(played), 'c', T0);
		expect(after.result).toMatchObject({ votes: 2, tie: false });
		expect(after.result!.winner).toBe(MOVES.find((m) => m.key === DEFAULT_VOTES[0]![2])!.label);
		expect(after.result!.said).toMatch(/^Quý 1: giá trị doanh nghiệp/);
		expect(after.choice).toBeNull();
	});

	it('leaves a quiz room alone', () => {
		const quiz: Room = { ...seated, game: undefined, questions: [] };
		expect(refusal(() => applyEvent(quiz, vote('a', 0), T0))).toBe('bad-command');
	});
});
