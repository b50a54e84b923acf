import type { Scenario } from '$lib/simulation/core';
import { SavedGameStore } from '$lib/simulation/state/saved-game-store';
import {
	defaultDecisions,
	readSavedGame,
	storageKey,
	type Run,
	type SavedGame
} from '$lib/simulation/state/saved-game';
import {
	mergeReading,
	parseReading,
	readReading,
	updateReading,
	type Reading
} from '$lib/site/reading-position';
import { readKey, siteStorage } from '$lib/site/storage';
import { readProgress } from '../core/progress';
import type { Learner } from './learner.svelte';
import { importSizeProblem, type SaveResult } from './store';
import { mergeRunQueue, parseRunQueue, readRunQueue, type RunQueueItem } from './run-questions';

/**
 * The file /tien-do exports: the progress record as before (format crm-lab-progress,
 * version 2, so any version of the site reads its progress part), with everything else the
 * learner has beside it under `learnerData`: the reading position, the run questions and
 * the saved simulator games with their branches. Each part keeps its own version; on import
 * every part is checked before anything is written, and one that cannot be used refuses the
 * whole file, so nothing stored changes.
 */
export type LearnerData = {
	reading: Reading;
	runQuestions: { version: 1; items: RunQueueItem[] };
	/** Saved games by scenario id, as the simulator stores them. */
	games: Record<string, SavedGame>;
};

/** Everything this browser holds for the learner, as one file's text. */
export function exportLearnerFile(learner: Learner, scenarios: readonly Scenario[]): string {
	const games: Record<string, SavedGame> = {};
	for (const scenario of scenarios) {
		const found = readSavedGame(
			readKey(storageKey(scenario)),
			scenario,
			defaultDecisions(scenario)
		);
		if (found.status === 'ok') games[scenario.id] = found.game;
	}
	const learnerData: LearnerData = {
		reading: readReading(),
		runQuestions: { version: 1, items: readRunQueue() },
		games
	};
	return JSON.stringify({ ...JSON.parse(learner.exportText()), learnerData }, null, '\t');
}

type Parsed = {
	reading: Reading | null;
	runQuestions: RunQueueItem[];
	games: { scenario: Scenario; game: SavedGame }[];
};

const damaged = (what: string) => `Tệp tiến độ bị hỏng ở mục “${what}”.`;
const NEWER =
	'Tệp này do một phiên bản CRM Lab mới hơn tạo ra. Hãy tải lại trang để dùng bản mới nhất.';

/** The parts beside the progress, checked; or why the file is refused. */
function parseLearnerData(
	data: unknown,
	scenarios: readonly Scenario[]
): { ok: true; parsed: Parsed } | { ok: false; message: string } {
	const empty: Parsed = { reading: null, runQuestions: [], games: [] };
	if (data === undefined) return { ok: true, parsed: empty };
	if (typeof data !== 'object' || data === null)
		return { ok: false, message: damaged('learnerData') };
	const { reading, runQuestions, games } = data as Partial<Record<keyof LearnerData, unknown>>;
	const parsed = { ...empty };
	if (reading !== undefined) {
		const found = parseReading(JSON.stringify(reading));
		if (found.status === 'newer') return { ok: false, message: NEWER };
		if (found.status === 'damaged') return { ok: false, message: damaged('learnerData.reading') };
		parsed.reading = found.reading;
	}
	if (runQuestions !== undefined) {
		const version = (runQuestions as { version?: unknown } | null)?.version;
		if (typeof version === 'number' && version > 1) return { ok: false, message: NEWER };
		const items = (runQuestions as { items?: unknown } | null)?.items;
		const kept = parseRunQueue(JSON.stringify(runQuestions));
		if (!Array.isArray(items) || kept.length !== items.length)
			return { ok: false, message: damaged('learnerData.runQuestions') };
		parsed.runQuestions = kept;
	}
	if (games !== undefined) {
		if (typeof games !== 'object' || games === null)
			return { ok: false, message: damaged('learnerData.games') };
		for (const [id, game] of Object.entries(games)) {
			const scenario = scenarios.find((s) => s.id === id);
			if (!scenario) return { ok: false, message: damaged(`learnerData.games.${id}`) };
			const found = readSavedGame(JSON.stringify(game), scenario, defaultDecisions(scenario));
			if (found.status === 'newer') return { ok: false, message: NEWER };
			if (found.status !== 'ok' || found.dropped.length)
				return { ok: false, message: damaged(`learnerData.games.${id}`) };
			parsed.games.push({ scenario, game: found.game });
		}
	}
	return { ok: true, parsed };
}

/** A run from the file that collides with a different stored one goes on beside it. */
const importedCopy = (run: Run): Run => ({
	...structuredClone(run),
	id: `${run.id}-tep-${Date.now().toString(36)}`,
	name: `${run.name} (từ tệp)`
});

/**
 * Imports an exported file: refused before it is read when over the size limit; then every
 * part is checked, and only a file whose parts all read is merged (progress first: when it
 * cannot be saved, nothing else is written). Merged, never replaced: saved games keep every
 * run of both, the reading and run questions keep the later of each.
 */
export async function importLearnerFile(
	learner: Learner,
	file: Blob,
	scenarios: readonly Scenario[]
): Promise<SaveResult & { notes?: string[] }> {
	const tooBig = importSizeProblem(file.size);
	if (tooBig) return { ok: false, message: tooBig };
	const text = await file.text();
	const progress = readProgress(text);
	if (!progress.ok) return { ok: false, message: progress.problem.message };
	const extra = parseLearnerData(
		(JSON.parse(text) as { learnerData?: unknown }).learnerData,
		scenarios
	);
	if (!extra.ok) return extra;
	const saved = learner.importText(text);
	// Kept in memory only (storage blocked) still goes on: the page holds it all until closed.
	if (!saved.ok && !saved.kept) return saved;
	const { reading, runQuestions, games } = extra.parsed;
	const now = Date.now();
	const notes: string[] = [];
	if (reading) updateReading((r) => mergeReading(r, reading), now);
	if (runQuestions.length) mergeRunQueue(runQuestions, now);
	for (const { scenario, game } of games) {
		const store = new SavedGameStore(siteStorage, scenario, (notice) => notes.push(notice));
		const stored = store.read(game.draft);
		store.write({
			runs: game.runs,
			activeId: stored?.active ?? game.active,
			mode: stored?.mode ?? game.mode,
			draft: stored?.draft ?? game.draft,
			fork: importedCopy
		});
	}
	if (!saved.ok) return saved;
	return notes.length ? { ok: true, notes } : { ok: true };
}
