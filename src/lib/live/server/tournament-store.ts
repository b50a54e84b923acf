import Database from 'better-sqlite3';
import { migrate } from './sqlite-migrate';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Tournament } from '../core/tournament';

/** A tournament as stored: its state plus the hashes of the tokens that prove who is who. */
export type StoredTournament = {
	tournament: Tournament;
	hostHash: string;
	seatHashes: Map<string, string>;
};

/** Tournaments are deleted this long after they were created (as the live rooms are). */
export const TOURNAMENT_KEEP_MS = 30 * 24 * 60 * 60 * 1000;

// Each entry moves the schema one version up; `PRAGMA user_version` says how far a file is.
const MIGRATIONS = [
	`CREATE TABLE tournaments (
		code TEXT PRIMARY KEY,
		created_at INTEGER NOT NULL,
		host_hash TEXT NOT NULL,
		phase TEXT NOT NULL,
		state TEXT NOT NULL
	);
	CREATE INDEX tournaments_created ON tournaments (created_at);
	CREATE TABLE teams (
		tournament TEXT NOT NULL REFERENCES tournaments (code) ON DELETE CASCADE,
		id TEXT NOT NULL,
		seat_hash TEXT NOT NULL,
		PRIMARY KEY (tournament, id)
	);`
];

type Row = { code: string; host_hash: string; state: string };

/**
 * The tournaments' SQLite file. A tournament is small (its teams and the decisions of each
 * quarter: the results follow from them), so each accepted event writes the whole state,
 * before the reply is sent: a restart loads every unfinished tournament as it was.
 */
export class TournamentStore {
	readonly db: Database.Database;
	#insert;
	#save;
	#addTeam;

	constructor(file: string) {
		if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
		this.db = new Database(file);
		this.db.pragma('journal_mode = WAL');
		this.db.pragma('synchronous = NORMAL');
		this.db.pragma('foreign_keys = ON');
		migrate(this.db, MIGRATIONS);
		this.#insert = this.db.prepare(
			`INSERT INTO tournaments (code, created_at, host_hash, phase, state) VALUES (?, ?, ?, ?, ?)`
		);
		this.#save = this.db.prepare(`UPDATE tournaments SET phase = ?, state = ? WHERE code = ?`);
		this.#addTeam = this.db.prepare(
			`INSERT INTO teams (tournament, id, seat_hash) VALUES (?, ?, ?)`
		);
	}

	create(t: Tournament, hostHash: string) {
		this.#insert.run(t.code, t.createdAt, hostHash, t.phase, JSON.stringify(t));
	}

	save(t: Tournament) {
		this.#save.run(t.phase, JSON.stringify(t), t.code);
	}

	/** A new team: its seat and the tournament that lists it, in one transaction. */
	addTeam(t: Tournament, teamId: string, seatHash: string) {
		this.db.transaction(() => {
			this.#addTeam.run(t.code, teamId, seatHash);
			this.save(t);
		})();
	}

	has(code: string): boolean {
		return this.db.prepare('SELECT 1 FROM tournaments WHERE code = ?').get(code) !== undefined;
	}

	load(code: string): StoredTournament | null {
		const row = this.db.prepare('SELECT * FROM tournaments WHERE code = ?').get(code) as
			Row | undefined;
		return row ? this.#fromRow(row) : null;
	}

	/** Every tournament not ended yet: what a restarted server resumes. */
	loadActive(): StoredTournament[] {
		const rows = this.db.prepare(`SELECT * FROM tournaments WHERE phase != 'ended'`).all() as Row[];
		return rows.map((row) => this.#fromRow(row));
	}

	deleteBefore(cutoff: number): number {
		return this.db.prepare('DELETE FROM tournaments WHERE created_at < ?').run(cutoff).changes;
	}

	close() {
		this.db.close();
	}

	#fromRow(row: Row): StoredTournament {
		const seats = this.db
			.prepare('SELECT id, seat_hash FROM teams WHERE tournament = ?')
			.all(row.code) as { id: string; seat_hash: string }[];
		return {
			tournament: JSON.parse(row.state) as Tournament,
			hostHash: row.host_hash,
			seatHashes: new Map(seats.map((s) => [s.id, s.seat_hash]))
		};
	}
}
