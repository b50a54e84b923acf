import type { Answer, Phase, Player, Room } from '../core/room';

/**
 * A room as stored: its state, the hashes of the tokens that prove who is who, and how
 * far its history goes: `seq` counts every change, `pv` the phase changes only (an answer
 * or a join is checked against the phase it was made in, not against other answers).
 */
export type StoredRoom = {
	room: Room;
	hostHash: string;
	seatHashes: Map<string, string>;
	seq: number;
	pv: number;
};

/** Rooms are deleted this long after they were created. */
export const KEEP_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * The room's own changing fields: all but what is fixed at creation and the players and
 * answers (which change one at a time). A phase change carries them all, so a field added
 * to `Room` (a game's state) travels and is stored without a change of its own.
 */
export type RoomFields = Omit<
	Room,
	'code' | 'createdAt' | 'seconds' | 'questions' | 'players' | 'answers'
>;

/** One accepted event, as written to a store and sent to the other server processes. */
export type RoomChange =
	| { kind: 'phase'; fields: RoomFields }
	| { kind: 'player'; player: Player; seatHash: string }
	| { kind: 'kick'; playerId: string }
	| { kind: 'answer'; answer: Answer };

/**
 * What a store says to a change: written at `seq`, or refused because the room moved on
 * first (another process changed its phase, took the nickname, filled the last seat, stored
 * this answer already) or is gone. After a refusal the caller catches up to `seq` and
 * decides again with the room as it now is.
 */
export type Commit =
	| { ok: true; seq: number }
	| { ok: false; seq: number; why: 'stale' | 'taken' | 'full' | 'duplicate' | 'gone' };

type MaybePromise<T> = T | Promise<T>;

/**
 * Where the live rooms are kept: SQLite in one process (`store.ts`), Redis across several
 * (`redis-store.ts`). Every write goes through `commit`, checked against the room's version
 * the caller saw, so that two processes cannot both take the same seat or count one answer
 * twice.
 */
export interface RoomStore {
	/** Writes a new room; false when the code is taken. */
	create(stored: StoredRoom): MaybePromise<boolean>;
	commit(code: string, change: RoomChange, base: { seq: number; pv: number }): MaybePromise<Commit>;
	load(code: string): MaybePromise<StoredRoom | null>;
	/** The unfinished rooms a restarted process resumes at once (the others load on use). */
	loadActive(): MaybePromise<StoredRoom[]>;
	/** Deletes rooms created before `cutoff` (a store with expiring keys does nothing). */
	deleteBefore(cutoff: number): MaybePromise<number>;
	close(): MaybePromise<void>;
}

/** The room after a change: how every process keeps its copy in step with the store. */
export function applyChange(stored: StoredRoom, change: RoomChange) {
	const room = stored.room;
	stored.seq++;
	switch (change.kind) {
		case 'phase':
			stored.pv++;
			stored.room = { ...room, ...change.fields };
			return;
		case 'player':
			stored.seatHashes.set(change.player.id, change.seatHash);
			stored.room = { ...room, players: [...room.players, change.player] };
			return;
		case 'kick':
			stored.room = {
				...room,
				players: room.players.map((p) => (p.id === change.playerId ? { ...p, kicked: true } : p))
			};
			return;
		case 'answer':
			stored.room = { ...room, answers: [...room.answers, change.answer] };
			return;
	}
}

/** The change that leads from `before` to `after` (one event's worth), or null if none. */
export function changeBetween(before: Room, after: Room, seatHash?: string): RoomChange | null {
	if (after === before) return null;
	if (after.answers.length > before.answers.length)
		return { kind: 'answer', answer: after.answers.at(-1)! };
	if (after.players.length > before.players.length)
		return { kind: 'player', player: after.players.at(-1)!, seatHash: seatHash ?? '' };
	const kicked = after.players.find((p, i) => p.kicked && !before.players[i]?.kicked);
	if (kicked) return { kind: 'kick', playerId: kicked.id };
	if (samePhase(before, after)) return null;
	return { kind: 'phase', fields: roomFields(after) };
}

export function roomFields(room: Room): RoomFields {
	const { code, createdAt, seconds, questions, players, answers, ...fields } = room;
	void [code, createdAt, seconds, questions, players, answers];
	return fields;
}

const samePhase = (a: Room, b: Room) => {
	const x = roomFields(a) as Record<string, unknown>;
	const y = roomFields(b) as Record<string, unknown>;
	return Object.keys({ ...x, ...y }).every((k) => x[k] === y[k]);
};

export type { Phase };
