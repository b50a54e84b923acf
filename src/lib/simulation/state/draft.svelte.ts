import {
	LEVER_IDS,
	type Decisions,
	type LeverId,
	type PhilosophyId,
	type Scenario
} from '$lib/simulation/core';
import { budgetStep, startingDecisions } from '../present/budget';

/**
 * The decisions being edited for the next quarter. Every edit stays playable: prices are
 * rounded to the slider's step and a lever is capped at what is left of the budget; a
 * lever that could not move as far as asked is `blocked`, so the panel can say why.
 * `changed` runs after each edit (the game previews and saves).
 */
export class DecisionDraft {
	current = $state<Decisions>() as Decisions;
	/** The lever whose last edit hit the budget's limit, until the next edit. */
	blocked = $state<LeverId | null>(null);

	constructor(
		private scenario: Scenario,
		private changed: () => void
	) {
		this.current = startingDecisions(scenario);
	}

	get spent() {
		return LEVER_IDS.reduce((sum, l) => sum + this.current.spend[l], 0);
	}
	get remaining() {
		return this.scenario.budget - this.spent;
	}
	get step() {
		return budgetStep(this.scenario.budget);
	}

	/** Back to the decisions a game starts with. */
	reset() {
		this.current = startingDecisions(this.scenario);
		this.blocked = null;
	}

	setPhilosophy(philosophy: PhilosophyId) {
		this.current.philosophy = philosophy;
		this.blocked = null;
		this.changed();
	}

	setPrice(price: number) {
		this.current.price = Math.round(price * 100) / 100;
		this.blocked = null;
		this.changed();
	}

	/** Sets a lever's spend, never past the budget: the amount is capped at what is left. */
	setSpend(lever: LeverId, amount: number) {
		if (!Number.isFinite(amount)) return;
		const room = this.scenario.budget - (this.spent - this.current.spend[lever]);
		const wanted = Math.max(0, Math.round(amount));
		this.blocked = wanted > room ? lever : null;
		this.current.spend[lever] = Math.min(wanted, room);
		this.changed();
	}

	/** One press of a lever's − (direction −1) or + (direction 1). */
	nudge(lever: LeverId, direction: 1 | -1) {
		this.setSpend(lever, this.current.spend[lever] + direction * this.step);
	}

	toggleTarget(segment: string, on: boolean) {
		const chosen = (id: string) => (id === segment ? on : this.current.targets.includes(id));
		this.current.targets = this.scenario.segments.map((s) => s.id).filter(chosen);
		this.blocked = null;
		this.changed();
	}
}
