import {
	checkDecisions,
	LEVER_IDS,
	POLICIES,
	type Decisions,
	type GameRecord,
	type Scenario
} from '$lib/simulation/core';
import type { PlayMode } from '../present/guided';

/** One line of play: the original game or a branch of it. */
export type Run = { id: string; name: string; record: GameRecord };

/** What the simulator keeps in localStorage, per scenario. */
export type SavedGame = {
	version: 1;
	runs: Run[];
	active: string;
	mode: PlayMode;
	draft: Decisions;
};

export const storageKey = (scenario: Scenario) => `crm-lab:sim:${scenario.id}`;

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

/**
 * Reads a saved game back: null when there is none, 'unreadable' when it is damaged or
 * does not fit the scenario (every decision is checked again), else the game, with the
 * draft replaced by `fallbackDraft` when only the draft is wrong.
 */
export function readSavedGame(
	text: string | null | undefined,
	scenario: Scenario,
	fallbackDraft: Decisions
): SavedGame | 'unreadable' | null {
	if (!text) return null;
	try {
		const saved = JSON.parse(text) as SavedGame;
		if (saved.version !== 1 || !Array.isArray(saved.runs) || !saved.runs.length)
			return 'unreadable';
		for (const run of saved.runs) {
			if (run.record.scenario !== scenario.id) return 'unreadable';
			for (const d of run.record.decisions)
				if (checkDecisions(scenario, d).length) return 'unreadable';
		}
		return {
			version: 1,
			runs: saved.runs,
			active: saved.runs.some((r) => r.id === saved.active) ? saved.active : saved.runs[0]!.id,
			mode: saved.mode === 'free' ? 'free' : 'guided',
			draft: checkDecisions(scenario, saved.draft).length ? fallbackDraft : saved.draft
		};
	} catch {
		return 'unreadable';
	}
}
