import Database from 'better-sqlite3';
import { migrate } from './sqlite-migrate';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { readStoredGame, storedGame } from '../core/game-room';
import type { LiveQuestion } from '../core/questions';
import type { Answer, Phase, Player, Room } from '../core/room';
import {
	KEEP_MS,
	type Commit,
	type RoomChange,
	type RoomStore,
	type StoredRoom
} from './room-store';

export { KEEP_MS, type StoredRoom };

// Each entry moves the schema one version up; `PRAGMA user_version` says how far a file is.
const MIGRATIONS = [
	`CREATE TABLE rooms (
		code TEXT PRIMARY KEY,
		created_at INTEGER NOT NULL,
		host_hash TEXT NOT NULL,
		seconds INTEGER NOT NULL,
		questions TEXT NOT NULL,
		phase TEXT NOT NULL,
		idx INTEGER NOT NULL,
		deadline INTEGER,
		remaining_ms INTEGER
	);
	CREATE INDEX rooms_created ON rooms (created_at);
	CREATE TABLE players (
		room TEXT NOT NULL REFERENCES rooms (code) ON DELETE CASCADE,
		id TEXT NOT NULL,
		seat_hash TEXT NOT NULL,
		nickname TEXT NOT NULL,
		joined_at INTEGER NOT NULL,
		kicked INTEGER NOT NULL DEFAULT 0,
		PRIMARY KEY (room, id)
	);
	CREATE TABLE answers (
		room TEXT NOT NULL REFERENCES rooms (code) ON DELETE CASCADE,
		player TEXT NOT NULL,
		question INTEGER NOT NULL,
		choices TEXT NOT NULL,
		at INTEGER NOT NULL,
		correct INTEGER NOT NULL,
		points INTEGER NOT NULL,
		PRIMARY KEY (room, player, question)
	);`,
	// a class game's state (game-room.ts), JSON; null for a quiz
	`ALTER TABLE rooms ADD COLUMN game TEXT;`
];

type RoomRow = {
	code: string;
	created_at: number;
	host_hash: string;
	seconds: number;
	questions: string;
	phase: Phase;
	idx: number;
	deadline: number | null;
	remaining_ms: number | null;
	game: string | null;
};
type PlayerRow = {
	id: string;
	seat_hash: string;
	nickname: string;
	joined_at: number;
	kicked: number;
};
type AnswerRow = {
	player: string;
	question: number;
	choices: string;
	at: number;
	correct: number;
	points: number;
};

/**
 * The live classroom's SQLite file: every accepted event is written here before it is
 * answered, so a restart loads the rooms back as they were. Synchronous (better-sqlite3):
 * one write is a few microseconds in WAL mode, far below a network round trip. One process
 * owns the file, so every change it decides is written: `commit` never refuses.
 */
export class LiveStore implements RoomStore {
	readonly db: Database.Database;
	#insertRoom;
	#updateRoom;
	#insertPlayer;
	#kick;
	#insertAnswer;

	constructor(file: string) {
		if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
		this.db = new Database(file);
		this.db.pragma('journal_mode = WAL');
		this.db.pragma('synchronous = NORMAL');
		this.db.pragma('foreign_keys = ON');
		migrate(this.db, MIGRATIONS);
		this.#insertRoom = this.db.prepare(
			`INSERT INTO rooms (code, created_at, host_hash, seconds, questions, phase, idx, deadline, remaining_ms, game)
			 VALUES (@code, @createdAt, @hostHash, @seconds, @questions, @phase, @index, @deadline, @remainingMs, @game)`
		);
		this.#updateRoom = this.db.prepare(
			`UPDATE rooms SET phase = @phase, idx = @index, deadline = @deadline, remaining_ms = @remainingMs, game = @game
			 WHERE code = @code`
		);
		this.#insertPlayer = this.db.prepare(
			`INSERT INTO players (room, id, seat_hash, nickname, joined_at) VALUES (?, ?, ?, ?, ?)`
		);
		this.#kick = this.db.prepare(`UPDATE players SET kicked = 1 WHERE room = ? AND id = ?`);
		// The primary key (room, player, question) is what makes an answer count once.
		this.#insertAnswer = this.db.prepare(
			`INSERT OR IGNORE INTO answers (room, player, question, choices, at, correct, points)
			 VALUES (?, ?, ?, ?, ?, ?, ?)`
		);
	}

	create({ room, hostHash }: StoredRoom): boolean {
		if (this.hasRoom(room.code)) return false;
		this.createRoom(room, hostHash);
		return true;
	}

	commit(code: string, change: RoomChange, base: { seq: number }): Commit {
		if (change.kind === 'phase') this.savePhase({ code, ...change.fields });
		else if (change.kind === 'player') this.addPlayer(code, change.player, change.seatHash);
		else if (change.kind === 'kick') this.kick(code, change.playerId);
		else this.addAnswer(code, change.answer);
		return { ok: true, seq: base.seq + 1 };
	}

	load(code: string) {
		return this.loadRoom(code);
	}

	loadActive() {
		return this.loadActiveRooms();
	}

	createRoom(room: Room, hostHash: string) {
		this.#insertRoom.run({
			...phaseOf(room),
			createdAt: room.createdAt,
			hostHash,
			seconds: room.seconds,
			questions: JSON.stringify(room.questions)
		});
	}

	savePhase(room: PhaseFields) {
		this.#updateRoom.run(phaseOf(room));
	}

	addPlayer(code: string, player: Player, seatHash: string) {
		this.#insertPlayer.run(code, player.id, seatHash, player.nickname, player.joinedAt);
	}

	kick(code: string, playerId: string) {
		this.#kick.run(code, playerId);
	}

	addAnswer(code: string, a: Answer) {
		this.#insertAnswer.run(
			code,
			a.player,
			a.question,
			JSON.stringify(a.choices),
			a.at,
			a.correct ? 1 : 0,
			a.points
		);
	}

	hasRoom(code: string): boolean {
		return this.db.prepare('SELECT 1 FROM rooms WHERE code = ?').get(code) !== undefined;
	}

	loadRoom(code: string): StoredRoom | null {
		const row = this.db.prepare('SELECT * FROM rooms WHERE code = ?').get(code) as
			RoomRow | undefined;
		return row ? this.#fromRow(row) : null;
	}

	/** Every room not ended yet: what a restarted server resumes. */
	loadActiveRooms(): StoredRoom[] {
		const rows = this.db.prepare(`SELECT * FROM rooms WHERE phase != 'ended'`).all() as RoomRow[];
		return rows.map((row) => this.#fromRow(row));
	}

	/** Deletes rooms created before `cutoff`, with their players and answers; returns how many. */
	deleteBefore(cutoff: number): number {
		return this.db.prepare('DELETE FROM rooms WHERE created_at < ?').run(cutoff).changes;
	}

	close() {
		this.db.close();
	}

	#fromRow(row: RoomRow): StoredRoom {
		const players = this.db
			.prepare('SELECT * FROM players WHERE room = ? ORDER BY joined_at, rowid')
			.all(row.code) as PlayerRow[];
		const answers = this.db
			.prepare('SELECT * FROM answers WHERE room = ? ORDER BY at, rowid')
			.all(row.code) as AnswerRow[];
		const room: Room = {
			code: row.code,
			createdAt: row.created_at,
			seconds: row.seconds,
			questions: JSON.parse(row.questions) as LiveQuestion[],
			phase: row.phase,
			index: row.idx,
			deadline: row.deadline,
			remainingMs: row.remaining_ms,
			...(row.game ? { game: readStoredGame(row.game) } : {}),
			players: players.map((p) => ({
				id: p.id,
				nickname: p.nickname,
				joinedAt: p.joined_at,
				kicked: p.kicked === 1
			})),
			answers: answers.map((a) => ({
				player: a.player,
				question: a.question,
				choices: JSON.parse(a.choices) as number[],
				at: a.at,
				correct: a.correct === 1,
				points: a.points
			}))
		};
		return {
			room,
			hostHash: row.host_hash,
			seatHashes: new Map(players.map((p) => [p.id, p.seat_hash])),
			seq: 0,
			pv: 0
		};
	}
}

type PhaseFields = Pick<Room, 'code' | 'phase' | 'index' | 'deadline' | 'remainingMs' | 'game'>;

const phaseOf = (room: PhaseFields) => ({
	code: room.code,
	phase: room.phase,
	index: room.index,
	deadline: room.deadline,
	remainingMs: room.remainingMs,
	game: room.game ? storedGame(room.game) : null
});
