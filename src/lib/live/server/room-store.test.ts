import { describe, expect, it } from 'vitest';
import { LIVE_QUESTIONS } from '../core/fixtures';
import { applyEvent, newRoom, type Room, type RoomEvent } from '../core/room';
import { applyChange, changeBetween, type StoredRoom } from './room-store';

const T0 = 1_700_000_000_000;
const lobby = newRoom('CDEFHJ', LIVE_QUESTIONS, 30, T0);
const withLan = applyEvent(lobby, { type: 'join', playerId: 'lan', nickname: 'Lan' }, T0 + 1);
const open = applyEvent(withLan, { type: 'start' }, T0 + 2);

const steps: { name: string; room: Room; event: RoomEvent; kind: string | null }[] = [
	{
		name: 'a join',
		room: lobby,
		event: { type: 'join', playerId: 'lan', nickname: 'Lan' },
		kind: 'player'
	},
	{ name: 'a start', room: withLan, event: { type: 'start' }, kind: 'phase' },
	{
		name: 'an answer',
		room: open,
		event: { type: 'answer', playerId: 'lan', question: 0, choices: [2] },
		kind: 'answer'
	},
	{ name: 'a kick', room: open, event: { type: 'kick', playerId: 'lan' }, kind: 'kick' },
	{ name: 'a pause', room: open, event: { type: 'pause' }, kind: 'phase' },
	{ name: 'a tick before the deadline', room: open, event: { type: 'tick' }, kind: null },
	{ name: 'a tick after it', room: open, event: { type: 'tick' }, kind: 'phase' }
];

describe('a room change', () => {
	it.each(steps)(
		'for $name is one change that leads to the same room',
		({ room, event, kind, name }) => {
			const now = name === 'a tick after it' ? T0 + 60_000 : T0 + 5;
			const after = applyEvent(room, event, now);
			const change = changeBetween(room, after, 'seat-hash');
			expect(change?.kind ?? null).toBe(kind);
			if (!change) return expect(after).toBe(room);
			const stored: StoredRoom = { room, hostHash: 'h', seatHashes: new Map(), seq: 4, pv: 2 };
			applyChange(stored, change);
			expect(stored.room).toEqual(after);
			expect(stored.seq).toBe(5);
			expect(stored.pv).toBe(kind === 'phase' ? 3 : 2);
			if (kind === 'player') expect(stored.seatHashes.get('lan')).toBe('seat-hash');
		}
	);

	it('carries a field the room gains later (a game state) with the phase', () => {
		const game = { ...open, game: { round: 1 } } as unknown as Room;
		const change = changeBetween(open, game);
		expect(change).toMatchObject({ kind: 'phase', fields: { phase: 'open', game: { round: 1 } } });
	});
});
