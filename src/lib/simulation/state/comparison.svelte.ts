import type { GameRecord, QuarterReport } from '$lib/simulation/core';
import { compareRuns, type Comparison } from '../present/debrief';
import { MESSAGES } from '../present/text/messages';
import type { SimulatorGame } from './game.svelte';

/** The id that stands for the built-in balanced programme among the runs to compare. */
export const BALANCED_RUN = 'can-bang';

/**
 * Compares two runs of the game, or a run and the balanced programme, over the same
 * quarters and seed. The worker computes both; the active run stays as it is.
 */
export class RunComparison {
	/** The first run ('' = the active one) and the second. */
	left = $state('');
	right = $state(BALANCED_RUN);
	comparing = $state(false);
	result = $state<{ a: string; b: string; rows: Comparison[] } | null>(null);

	/** `game` is read at each use, so the comparison follows the page's current game. */
	constructor(private currentGame: () => SimulatorGame) {}

	private get game() {
		return this.currentGame();
	}

	nameOf(id: string): string {
		if (id === BALANCED_RUN) return MESSAGES.balancedRun;
		return this.game.runs.find((r) => r.id === id)?.name ?? MESSAGES.unnamedRun;
	}

	private recordOf(id: string, quarters: number): GameRecord {
		const run = this.game.runs.find((r) => r.id === id);
		if (id === BALANCED_RUN || !run) return this.game.balancedRecord(quarters);
		return { ...$state.snapshot(run.record), decisions: $state.snapshot(run.record.decisions) };
	}

	private async historyOf(id: string, quarters: number): Promise<QuarterReport[]> {
		return (await this.game.compute(this.recordOf(id, quarters))).history;
	}

	async compare() {
		const a = this.left || this.game.activeId;
		const b = this.right;
		this.comparing = true;
		try {
			const length = (id: string) =>
				this.game.runs.find((r) => r.id === id)?.record.decisions.length ?? 0;
			const quarters = Math.max(length(a), length(b), 1);
			const [ha, hb] = [await this.historyOf(a, quarters), await this.historyOf(b, quarters)];
			this.result = { a: this.nameOf(a), b: this.nameOf(b), rows: compareRuns(ha, hb) };
		} finally {
			this.comparing = false;
		}
	}
}
