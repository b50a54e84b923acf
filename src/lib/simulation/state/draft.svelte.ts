import {
	LEVER_IDS,
	type Decisions,
	type LeverId,
	type PhilosophyId,
	type Scenario
} from '$lib/simulation/core';
import { defaultDecisions } from './saved-game';

/**
 * The decisions being edited for the next quarter. Every edit stays playable: prices are
 * rounded to the slider's step and a lever is capped at what is left of the budget.
 * `changed` runs after each edit (the game previews and saves).
 */
export class DecisionDraft {
	current = $state<Decisions>() as Decisions;

	constructor(
		private scenario: Scenario,
		private changed: () => void
	) {
		this.current = defaultDecisions(scenario);
	}

	get spent() {
		return LEVER_IDS.reduce((sum, l) => sum + this.current.spend[l], 0);
	}
	get remaining() {
		return this.scenario.budget - this.spent;
	}

	setPhilosophy(philosophy: PhilosophyId) {
		this.current.philosophy = philosophy;
		this.changed();
	}

	setPrice(price: number) {
		this.current.price = Math.round(price * 100) / 100;
		this.changed();
	}

	/** Sets a lever's spend, never past the budget: the amount is capped at what is left. */
	setSpend(lever: LeverId, amount: number) {
		if (!Number.isFinite(amount)) return;
		const others = this.spent - this.current.spend[lever];
		this.current.spend[lever] = Math.max(
			0,
			Math.min(Math.round(amount), this.scenario.budget - others)
		);
		this.changed();
	}

	toggleTarget(segment: string, on: boolean) {
		const chosen = (id: string) => (id === segment ? on : this.current.targets.includes(id));
		this.current.targets = this.scenario.segments.map((s) => s.id).filter(chosen);
		this.changed();
	}
}
