import { createGame, type Game, type QuarterReport, type Scenario } from '../../simulation/core';
import { playMarketQuarter, SharedMarket } from '../../simulation/core/market';
import type { Tournament } from './tournament';

/**
 * The firms of a tournament on their shared market. Everything follows from the scenario,
 * the seed and the decisions recorded in the tournament, so after a restart the server
 * rebuilds the market by playing the recorded quarters again (`catchUp`).
 */
export class TournamentMarket {
	readonly market: SharedMarket;
	readonly games: Game[];

	/** Every team's firm starts as the same firm, with the same seed: luck is shared alike. */
	constructor(
		readonly scenario: Scenario,
		seed: number,
		teams: number
	) {
		this.market = new SharedMarket(scenario, Math.max(1, teams));
		this.games = Array.from({ length: Math.max(1, teams) }, () => createGame(scenario, seed));
	}

	get quarter(): number {
		return this.games[0]!.quarter;
	}

	/** Plays the quarters recorded in `t` that this market has not played yet. */
	catchUp(t: Tournament): QuarterReport[][] {
		const played: QuarterReport[][] = [];
		for (let q = this.quarter; q < t.played.length; q++)
			played.push(
				playMarketQuarter(
					this.market,
					this.games,
					t.played[q]!.map((p) => p.decisions)
				)
			);
		return played;
	}

	/** Team `i`'s reports, one per quarter played. */
	history(i: number): readonly QuarterReport[] {
		return this.games[i]?.history ?? [];
	}

	histories(): readonly (readonly QuarterReport[])[] {
		return this.games.map((g) => g.history);
	}
}

/** A market for a tournament that has started (its teams are fixed), caught up with it. */
export function marketFor(t: Tournament, scenario: Scenario): TournamentMarket | null {
	if (t.phase === 'lobby') return null;
	const market = new TournamentMarket(scenario, t.seed, t.teams.length);
	market.catchUp(t);
	return market;
}
