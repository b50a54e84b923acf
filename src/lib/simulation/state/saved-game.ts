import {
	checkDecisions,
	LEVER_IDS,
	POLICIES,
	type Decisions,
	type GameRecord,
	type Scenario
} from '$lib/simulation/core';
import type { PlayMode } from '../present/guided';

/** One line of play: the original game, a branch of it, or a game opened from a link. */
export type Run = { id: string; name: string; record: GameRecord; shared?: true };

/** The saved game's format; a newer one (a later version of the site) is never overwritten. */
export const SAVED_GAME_VERSION = 1;

/** What the simulator keeps in localStorage, per scenario. */
export type SavedGame = {
	version: typeof SAVED_GAME_VERSION;
	runs: Run[];
	active: string;
	mode: PlayMode;
	draft: Decisions;
};

export const storageKey = (scenario: Scenario) => `crm-lab:sim:${scenario.id}`;

/** Where an unreadable saved game is set aside (the same scheme as quiz progress). */
export const backupKey = (scenario: Scenario, now: number) =>
	`${storageKey(scenario)}:backup:${now}`;

/** The balanced policy's record over `quarters` quarters of a seed (to compare with). */
export function balancedRecordFor(scenario: Scenario, seed: number, quarters: number): GameRecord {
	return {
		scenario: scenario.id,
		seed,
		decisions: Array.from({ length: quarters }, (_, q) => POLICIES.balanced!.decide(scenario, q))
	};
}

/** The starting decisions: the balanced programme, in whole thousands of đồng. */
export function defaultDecisions(scenario: Scenario): Decisions {
	const d = POLICIES.balanced!.decide(scenario, 0);
	for (const l of LEVER_IDS) d.spend[l] = Math.floor(d.spend[l]);
	return d;
}

/** A seed the engine accepts: an unsigned 32-bit integer. */
export const isSeed = (x: unknown): x is number =>
	typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 0xffffffff;

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Why one quarter's decisions cannot be played (in Vietnamese), or null. Besides the
 * engine's own check, target segments may not repeat: a list of thousands of copies
 * would pass it and then make every quarter crawl.
 */
export function decisionProblem(scenario: Scenario, d: unknown): string | null {
	const problem = checkDecisions(scenario, d)[0];
	if (problem) return problem.message;
	const targets = (d as Decisions).targets;
	return new Set(targets).size === targets.length ? null : 'targets: a segment is listed twice';
}

/** Why a saved run cannot be replayed (in Vietnamese), or null when it can. */
function runProblem(run: unknown, scenario: Scenario): string | null {
	if (!isObject(run) || typeof run.id !== 'string' || !run.id || typeof run.name !== 'string')
		return 'một lượt chơi thiếu mã hoặc tên';
	const record = run.record;
	const name = `lượt “${run.name}”`;
	if (!isObject(record) || record.scenario !== scenario.id)
		return `${name} không thuộc doanh nghiệp này`;
	if (!isSeed(record.seed)) return `${name} có mã ván chơi (seed) sai: ${String(record.seed)}`;
	if (!Array.isArray(record.decisions) || record.decisions.length > scenario.quarters)
		return `${name} có danh sách quyết định sai hoặc dài quá ${scenario.quarters} quý`;
	for (const [q, d] of record.decisions.entries()) {
		const problem = decisionProblem(scenario, d);
		if (problem) return `${name}, quý ${q + 1}: ${problem}`;
	}
	return null;
}

/** What was found under the saved game's key. */
export type SavedGameRead =
	| { status: 'none' }
	/** `dropped` names the runs left out because they could not be replayed. */
	| { status: 'ok'; game: SavedGame; dropped: string[] }
	/** Nothing usable: to be set aside under a backup key, `problem` says why. */
	| { status: 'corrupt'; problem: string }
	/** Written by a later version of the site: left exactly as it is. */
	| { status: 'newer'; version: number };

/**
 * Reads a saved game back. Every run is checked again (its scenario, its seed, each
 * quarter's decisions); a run that fails is dropped and named, the others are kept. An
 * invalid draft is replaced by `fallbackDraft`, a missing active run by the first one.
 */
export function readSavedGame(
	text: string | null | undefined,
	scenario: Scenario,
	fallbackDraft: Decisions
): SavedGameRead {
	if (!text) return { status: 'none' };
	let saved: unknown;
	try {
		saved = JSON.parse(text);
	} catch {
		return { status: 'corrupt', problem: 'nội dung không phải JSON' };
	}
	if (!isObject(saved)) return { status: 'corrupt', problem: 'không đúng định dạng' };
	if (typeof saved.version === 'number' && saved.version > SAVED_GAME_VERSION)
		return { status: 'newer', version: saved.version };
	if (saved.version !== SAVED_GAME_VERSION)
		return { status: 'corrupt', problem: `phiên bản lạ (${String(saved.version)})` };
	if (!Array.isArray(saved.runs) || !saved.runs.length)
		return { status: 'corrupt', problem: 'không có lượt chơi nào' };
	const runs: Run[] = [];
	const dropped: string[] = [];
	for (const run of saved.runs) {
		const problem = runProblem(run, scenario);
		if (problem) dropped.push(problem);
		else if (!runs.some((r) => r.id === (run as Run).id)) runs.push(run as Run);
	}
	if (!runs.length) return { status: 'corrupt', problem: dropped[0]! };
	return {
		status: 'ok',
		dropped,
		game: {
			version: SAVED_GAME_VERSION,
			runs,
			active: runs.some((r) => r.id === saved.active) ? (saved.active as string) : runs[0]!.id,
			mode: saved.mode === 'free' ? 'free' : 'guided',
			draft: decisionProblem(scenario, saved.draft) ? fallbackDraft : (saved.draft as Decisions)
		}
	};
}

/** A run's content, to tell whether two copies of it differ. */
export const runKey = (run: Run) => JSON.stringify(run.record);

/** Whether `longer` replays `shorter` and then goes on (or is the same). */
function extendsRecord(longer: GameRecord, shorter: GameRecord): boolean {
	if (longer.seed !== shorter.seed || longer.decisions.length < shorter.decisions.length)
		return false;
	return shorter.decisions.every(
		(d, q) => JSON.stringify(d) === JSON.stringify(longer.decisions[q])
	);
}

export type MergeResult = {
	runs: Run[];
	activeId: string;
	/** Whether anything came from the other tab. */
	changed: boolean;
	/** Whether the active run's record changed (the view must be computed again). */
	activeChanged: boolean;
};

/**
 * Merges what another tab saved into this tab's runs, so that no tab's play is ever lost.
 * `seen` holds each run's content as this tab last read or wrote it (updated here):
 * - a run this tab does not know is added;
 * - a run only the other tab changed is taken over; one only this tab changed stays ours;
 * - a run both changed: when one copy extends the other the longer one is kept, otherwise
 *   the stored copy keeps the run's id and this tab's timeline goes on as a new run made by
 *   `fork` (the active run follows it), so both timelines are kept.
 */
export function mergeStored(
	ours: Run[],
	activeId: string,
	stored: Run[],
	seen: Map<string, string>,
	fork: (run: Run) => Run
): MergeResult {
	const runs = ours.slice();
	let active = activeId;
	let activeChanged = false;
	let changed = false;
	for (const theirs of stored) {
		const key = runKey(theirs);
		const i = runs.findIndex((r) => r.id === theirs.id);
		const mine = runs[i];
		if (!mine) {
			runs.push(structuredClone(theirs));
			seen.set(theirs.id, key);
			changed = true;
			continue;
		}
		const myKey = runKey(mine);
		const last = seen.get(theirs.id);
		if (key === myKey || key === last) {
			seen.set(theirs.id, myKey === key ? key : last!);
			continue;
		}
		if (myKey === last || extendsRecord(theirs.record, mine.record)) {
			runs[i] = structuredClone(theirs);
			changed = true;
			if (theirs.id === active) activeChanged = true;
		} else if (!extendsRecord(mine.record, theirs.record)) {
			const mineForked = fork(mine);
			runs[i] = structuredClone(theirs);
			runs.push(mineForked);
			changed = true;
			if (theirs.id === active) active = mineForked.id;
		}
		seen.set(theirs.id, key);
	}
	return { runs, activeId: active, changed, activeChanged };
}
