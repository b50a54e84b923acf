import { LEVER_IDS, type Decisions, type Scenario } from '$lib/simulation/core';
import { startingDecisions } from '$lib/simulation/present/budget';
import { DecisionDraft } from '$lib/simulation/state/draft.svelte';
import type { TournamentTeamView } from '../core/tournament-protocol';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;
const KEY = 'crm-lab-tournament-draft';

/**
 * A team's decisions being edited for the quarter. Each edit is kept in this browser, so a
 * reload mid-quarter finds the panel as it was, sent or not; a new quarter starts from
 * what was sent, else from what the team played last quarter.
 */
export class TeamDraft {
	readonly draft: DecisionDraft;
	#at = '';

	constructor(
		readonly scenario: Scenario,
		private storage: Storage = localStorage
	) {
		this.draft = new DecisionDraft(scenario, () => this.#save());
		this.draft.current = startingDecisions(scenario);
	}

	/** Follows the server's view: a new tournament or quarter loads that quarter's draft. */
	sync(view: TournamentTeamView) {
		const at = `${view.code}:${view.quarter}`;
		if (at === this.#at) return;
		this.#at = at;
		const kept = this.#read();
		const start = kept?.at === at ? kept.decisions : (view.decisions ?? view.lastDecisions);
		if (start) this.draft.current = structuredClone(start);
		this.draft.blocked = null;
	}

	/** Whether the panel differs from what the server holds for this quarter. */
	changedFrom(sent: Decisions | null): boolean {
		const d = this.draft.current;
		return (
			!sent ||
			sent.philosophy !== d.philosophy ||
			sent.price !== d.price ||
			LEVER_IDS.some((l) => sent.spend[l] !== d.spend[l]) ||
			sent.targets.join() !== d.targets.join()
		);
	}

	#read(): { at: string; decisions: Decisions } | null {
		try {
			return JSON.parse(this.storage.getItem(KEY) ?? 'null');
		} catch {
			return null;
		}
	}

	#save() {
		const decisions = $state.snapshot(this.draft.current);
		try {
			this.storage.setItem(KEY, JSON.stringify({ at: this.#at, decisions }));
		} catch {
			// a full or blocked storage only loses the draft on reload
		}
	}
}
