import { POLICIES, type GameRecord, type QuarterReport } from '$lib/simulation/core';
import { compareRuns, type Comparison } from '../present/debrief';
import { MESSAGES } from '../present/text/messages';
import { POLICY_TEXT } from '../present/text/policies';
import type { SimulatorGame } from './game.svelte';

/** The id that stands for the built-in balanced programme among the runs to compare. */
export const BALANCED_RUN = 'can-bang';
/** The id of the strong customer-centric programme among the runs to compare. */
export const CUSTOMER_CENTRIC_RUN = 'lay-khach-hang-lam-trung-tam';

/** The engine's policy behind each built-in programme a run can be compared with. */
const BUILT_IN: Record<string, string> = {
	[BALANCED_RUN]: 'balanced',
	[CUSTOMER_CENTRIC_RUN]: 'customer-centric'
};

/** The built-in programmes to compare with, those the engine has. */
export const BUILT_IN_RUNS = Object.keys(BUILT_IN).filter((id) => POLICIES[BUILT_IN[id]!]);

/**
 * Compares two runs of the game, or a run and a built-in programme (balanced, strongly
 * customer-centric), over the same quarters and game code. The worker computes both; the
 * active run stays as it is.
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
		const policy = BUILT_IN[id];
		if (policy) return POLICY_TEXT[policy]?.label ?? policy;
		return this.game.runs.find((r) => r.id === id)?.name ?? MESSAGES.unnamedRun;
	}

	private recordOf(id: string, quarters: number): GameRecord {
		const run = this.game.runs.find((r) => r.id === id);
		if (run && !BUILT_IN[id])
			return { ...$state.snapshot(run.record), decisions: $state.snapshot(run.record.decisions) };
		const policy = POLICIES[BUILT_IN[id] ?? 'balanced']!;
		const scenario = this.game.scenario;
		return {
			scenario: scenario.id,
			seed: this.game.active.record.seed,
			decisions: Array.from({ length: quarters }, (_, q) => policy.decide(scenario, q))
		};
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
