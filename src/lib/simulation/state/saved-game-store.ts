import type { Decisions, Scenario } from '$lib/simulation/core';
import type { SafeStorage } from '$lib/site/storage';
import type { PlayMode } from '../present/guided';
import { MESSAGES } from '../present/text/messages';
import { fill } from '../present/text/template';
import {
	backupKey,
	mergeStored,
	readSavedGame,
	runKey,
	SAVED_GAME_VERSION,
	storageKey,
	type MergeResult,
	type Run,
	type SavedGame
} from './saved-game';

/** The part of the site's storage accessor the game uses (tests pass their own). */
export type GameStorage = Pick<SafeStorage, 'read' | 'write'>;

export type GameToSave = {
	runs: Run[];
	activeId: string;
	mode: PlayMode;
	draft: Decisions;
	/** This tab's copy of a run another tab changed as well, as a new run. */
	fork: (run: Run) => Run;
};

/**
 * One scenario's saved game in storage. Nothing in it is ever lost: an unreadable game is
 * set aside under a backup key (the problem named), one written by a newer version of the
 * site is left alone (this page then saves nothing), and every write first merges what
 * another tab saved meanwhile.
 */
export class SavedGameStore {
	/** Each run's content as this tab last read or wrote it (see mergeStored). */
	private seen = new Map<string, string>();
	private readOnly = false;
	private listener: ((event: StorageEvent) => void) | null = null;

	constructor(
		private storage: GameStorage,
		private scenario: Scenario,
		private tell: (notice: string) => void,
		private now = () => Date.now()
	) {}

	private get key() {
		return storageKey(this.scenario);
	}

	/** The saved game, or null (none, set aside, or newer: the notice says which). */
	read(fallbackDraft: Decisions): SavedGame | null {
		const game = this.load(fallbackDraft);
		if (game) this.remember(game.runs);
		return game;
	}

	/** Reads and checks what is stored, setting aside what cannot be used. */
	private load(fallbackDraft: Decisions): SavedGame | null {
		const raw = this.storage.read(this.key);
		const found = readSavedGame(raw, this.scenario, fallbackDraft);
		if (found.status === 'newer') {
			this.readOnly = true;
			this.tell(fill(MESSAGES.newerSave, { version: found.version }));
		} else if (found.status === 'corrupt') this.setAside(raw!, found.problem, 0);
		else if (found.status === 'ok') {
			if (found.dropped.length) this.setAside(raw!, found.dropped[0]!, found.dropped.length);
			return found.game;
		}
		return null;
	}

	/** Keeps `raw` under a backup key; when there is no room for it, saves nothing more. */
	private setAside(raw: string, problem: string, dropped: number) {
		const key = backupKey(this.scenario, this.now());
		const kept = this.storage.write(key, raw);
		if (!kept.ok && kept.reason === 'full') {
			this.readOnly = true;
			this.tell(fill(MESSAGES.unreadableSaveKept, { problem }));
		} else if (dropped) this.tell(fill(MESSAGES.runsDropped, { count: dropped, problem, key }));
		else this.tell(fill(MESSAGES.unreadableSave, { problem, key }));
	}

	private remember(runs: Run[]) {
		for (const run of runs) this.seen.set(run.id, runKey(run));
	}

	/** This tab's runs with what another tab saved merged in (nothing written). */
	merge(game: GameToSave): MergeResult | null {
		if (this.readOnly) return null;
		const stored = this.load(game.draft);
		return stored && mergeStored(game.runs, game.activeId, stored.runs, this.seen, game.fork);
	}

	/** Merges, then saves; gives the merged runs (null when nothing may be written). */
	write(game: GameToSave): MergeResult | null {
		if (this.readOnly) return null;
		const stored = this.load(game.draft);
		const merged = stored
			? mergeStored(game.runs, game.activeId, stored.runs, this.seen, game.fork)
			: { runs: game.runs, activeId: game.activeId, changed: false, activeChanged: false };
		const saved: SavedGame = {
			version: SAVED_GAME_VERSION,
			runs: merged.runs,
			active: merged.activeId,
			mode: game.mode,
			draft: game.draft
		};
		const result = this.storage.write(this.key, JSON.stringify(saved));
		if (result.ok || result.reason === 'blocked') this.remember(merged.runs);
		else this.tell(MESSAGES.cannotSave);
		return merged;
	}

	/** Calls `changed` whenever another tab saves this scenario's game. */
	watch(changed: () => void) {
		this.unwatch();
		this.listener = (event) => {
			if (event.key === this.key) changed();
		};
		globalThis.addEventListener?.('storage', this.listener);
	}

	unwatch() {
		if (this.listener) globalThis.removeEventListener?.('storage', this.listener);
		this.listener = null;
	}
}
