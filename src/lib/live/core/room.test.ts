import { describe, expect, it } from 'vitest';
import { LiveError } from './errors';
import { LIVE_QUESTIONS } from './fixtures';
import {
	MAX_PLAYERS,
	POINTS,
	allAnswered,
	applyEvent,
	newRoom,
	scores,
	type Room,
	type RoomEvent
} from './room';

const T0 = 1_000_000;
const lobby = () => newRoom('CDEFH9', LIVE_QUESTIONS, 20, T0);

/** Applies events in order, each at its own time (ms after T0). */
function play(room: Room, steps: [number, RoomEvent][]): Room {
	return steps.reduce((r, [at, event]) => applyEvent(r, event, T0 + at), room);
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

describe('the room state machine', () => {
	const joined = play(lobby(), [
		[0, { type: 'join', playerId: 'p1', nickname: 'Lan' }],
		[0, { type: 'join', playerId: 'p2', nickname: 'Minh' }]
	]);

	it.each<[string, RoomEvent[], string]>([
		['lobby → open', [{ type: 'start' }], 'open'],
		['open → paused', [{ type: 'start' }, { type: 'pause' }], 'paused'],
		['paused → open', [{ type: 'start' }, { type: 'pause' }, { type: 'resume' }], 'open'],
		['open → closed', [{ type: 'start' }, { type: 'close' }], 'closed'],
		['closed → revealed', [{ type: 'start' }, { type: 'close' }, { type: 'reveal' }], 'revealed'],
		['open → revealed (reveal closes)', [{ type: 'start' }, { type: 'reveal' }], 'revealed'],
		['revealed → open next', [{ type: 'start' }, { type: 'reveal' }, { type: 'next' }], 'open'],
		['open → open next (skip)', [{ type: 'start' }, { type: 'next' }], 'open'],
		['lobby → ended', [{ type: 'end' }], 'ended'],
		[
			'the last next ends',
			[{ type: 'start' }, { type: 'next' }, { type: 'next' }, { type: 'next' }],
			'ended'
		]
	])('%s', (_name, events, phase) => {
		expect(
			play(
				joined,
				events.map((e) => [0, e])
			).phase
		).toBe(phase);
	});

	it.each<[string, RoomEvent[], RoomEvent, string]>([
		['start twice', [{ type: 'start' }], { type: 'start' }, 'bad-command'],
		['pause in the lobby', [], { type: 'pause' }, 'bad-command'],
		['resume an open question', [{ type: 'start' }], { type: 'resume' }, 'bad-command'],
		['reveal in the lobby', [], { type: 'reveal' }, 'bad-command'],
		['next in the lobby', [], { type: 'next' }, 'bad-command'],
		['anything after the end', [{ type: 'end' }], { type: 'start' }, 'room-ended']
	])('refuses %s', (_name, before, event, code) => {
		const room = play(
			joined,
			before.map((e) => [0, e])
		);
		expect(refusal(() => applyEvent(room, event, T0))).toBe(code);
	});

	it('closes the question at its deadline, not before', () => {
		const open = play(joined, [[0, { type: 'start' }]]);
		expect(applyEvent(open, { type: 'tick' }, T0 + 19_999).phase).toBe('open');
		expect(applyEvent(open, { type: 'tick' }, T0 + 20_000).phase).toBe('closed');
	});

	it('keeps the time left across a pause', () => {
		const resumed = play(joined, [
			[0, { type: 'start' }],
			[5_000, { type: 'pause' }],
			[60_000, { type: 'resume' }]
		]);
		expect(resumed.deadline).toBe(T0 + 60_000 + 15_000);
	});
});

describe('answers', () => {
	const open = play(lobby(), [
		[0, { type: 'join', playerId: 'p1', nickname: 'Lan' }],
		[0, { type: 'join', playerId: 'p2', nickname: 'Minh' }],
		[0, { type: 'start' }]
	]);

	it('score 500 plus a speed share when right, 0 when wrong', () => {
		const room = play(open, [
			[5_000, { type: 'answer', playerId: 'p1', question: 0, choices: [2] }],
			[6_000, { type: 'answer', playerId: 'p2', question: 0, choices: [1] }]
		]);
		expect(room.answers.map((a) => [a.correct, a.points])).toEqual([
			[true, POINTS.right + 375],
			[false, 0]
		]);
		expect(allAnswered(room)).toBe(true);
		expect(scores(room).map((s) => s.nickname)).toEqual(['Lan', 'Minh']);
	});

	it('count once however often they are sent, even after the question closed', () => {
		const once = applyEvent(
			open,
			{ type: 'answer', playerId: 'p1', question: 0, choices: [2] },
			T0 + 1000
		);
		const again = applyEvent(
			once,
			{ type: 'answer', playerId: 'p1', question: 0, choices: [0] },
			T0 + 2000
		);
		expect(again).toBe(once);
		const closed = applyEvent(once, { type: 'close' }, T0 + 3000);
		expect(
			applyEvent(closed, { type: 'answer', playerId: 'p1', question: 0, choices: [2] }, T0 + 4000)
				.answers
		).toHaveLength(1);
	});

	it.each<[string, RoomEvent, number, string]>([
		[
			'after the deadline',
			{ type: 'answer', playerId: 'p1', question: 0, choices: [2] },
			20_000,
			'not-open'
		],
		[
			'to another question',
			{ type: 'answer', playerId: 'p1', question: 1, choices: [0] },
			0,
			'not-open'
		],
		[
			'out of range',
			{ type: 'answer', playerId: 'p1', question: 0, choices: [4] },
			0,
			'bad-answer'
		],
		[
			'two choices on single',
			{ type: 'answer', playerId: 'p1', question: 0, choices: [1, 2] },
			0,
			'bad-answer'
		],
		[
			'from a stranger',
			{ type: 'answer', playerId: 'zz', question: 0, choices: [2] },
			0,
			'bad-seat'
		]
	])('are refused %s', (_name, event, at, code) => {
		expect(refusal(() => applyEvent(open, event, T0 + at))).toBe(code);
	});

	it('are refused while paused', () => {
		const paused = applyEvent(open, { type: 'pause' }, T0);
		const event: RoomEvent = { type: 'answer', playerId: 'p1', question: 0, choices: [2] };
		expect(refusal(() => applyEvent(paused, event, T0))).toBe('not-open');
	});

	it('grade multiple choice exactly', () => {
		const third = play(open, [
			[0, { type: 'next' }],
			[0, { type: 'next' }],
			[0, { type: 'answer', playerId: 'p1', question: 2, choices: [3, 0] }],
			[0, { type: 'answer', playerId: 'p2', question: 2, choices: [0] }]
		]);
		expect(third.answers.map((a) => a.correct)).toEqual([true, false]);
	});
});

describe('joining', () => {
	it.each<[string, string, string]>([
		['a taken nickname, ignoring case', 'LAN', 'nickname-taken'],
		['an empty nickname', '   ', 'nickname-invalid'],
		['a new nickname', 'Lân', 'accepted']
	])('%s', (_name, nickname, code) => {
		const room = applyEvent(lobby(), { type: 'join', playerId: 'p1', nickname: 'Lan' }, T0);
		expect(refusal(() => applyEvent(room, { type: 'join', playerId: 'p2', nickname }, T0))).toBe(
			code
		);
	});

	it('keeps a kicked nickname out', () => {
		const room = play(lobby(), [
			[0, { type: 'join', playerId: 'p1', nickname: 'Lan' }],
			[0, { type: 'kick', playerId: 'p1' }]
		]);
		expect(
			refusal(() => applyEvent(room, { type: 'join', playerId: 'p3', nickname: 'lan' }, T0))
		).toBe('kicked');
	});

	it(`refuses player ${MAX_PLAYERS + 1}`, () => {
		let room = lobby();
		for (let i = 0; i < MAX_PLAYERS; i++)
			room = applyEvent(room, { type: 'join', playerId: `p${i}`, nickname: `Bạn ${i}` }, T0);
		expect(
			refusal(() => applyEvent(room, { type: 'join', playerId: 'late', nickname: 'Muộn' }, T0))
		).toBe('room-full');
	});

	it('lets a late joiner in at the current question', () => {
		const room = play(lobby(), [
			[0, { type: 'start' }],
			[0, { type: 'next' }],
			[1000, { type: 'join', playerId: 'late', nickname: 'Muộn' }],
			[2000, { type: 'answer', playerId: 'late', question: 1, choices: [1] }]
		]);
		expect(room.answers).toHaveLength(1);
	});

	it('needs questions', () => {
		expect(refusal(() => newRoom('CDEFH9', [], 20, T0))).toBe('no-questions');
	});
});
