import type { Scenario } from '$lib/simulation/core';
import { scenarioHref } from '$lib/simulation/present/addresses';
import { defaultDecisions, readSavedGame, storageKey } from '$lib/simulation/state/saved-game';
import { readKey } from './storage';

/** A saved simulator game as the home page tells it: which firm, how far, how many runs. */
export type SavedGameSummary = {
	scenario: string;
	name: string;
	href: string;
	/** Quarters played in the active run, out of `quarters`. */
	played: number;
	quarters: number;
	runs: number;
};

/**
 * The saved games of the built-in scenarios, read through the simulator's own reader (so a
 * game it would refuse is not offered), most advanced first. Reads only; never writes.
 */
export function savedGameSummaries(scenarios: readonly Scenario[]): SavedGameSummary[] {
	return scenarios
		.flatMap((scenario) => {
			const found = readSavedGame(
				readKey(storageKey(scenario)),
				scenario,
				defaultDecisions(scenario)
			);
			if (found.status !== 'ok') return [];
			const { runs, active } = found.game;
			const run = runs.find((r) => r.id === active) ?? runs[0]!;
			const played = run.record.decisions.length;
			return played
				? [
						{
							scenario: scenario.id,
							name: scenario.name,
							href: scenarioHref(scenario.id),
							played,
							quarters: scenario.quarters,
							runs: runs.length
						}
					]
				: [];
		})
		.sort((a, b) => b.played / b.quarters - a.played / a.quarters);
}
