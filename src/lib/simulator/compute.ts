import { createGame, createGameFrom, type Game, type GameSnapshot } from '$lib/sim';
import type { GameView, SimRequest } from './protocol';

/**
 * Runs requests against the engine, reusing the last game when a request only adds
 * quarters to it (the usual case: one more quarter, or a preview of the same past).
 * Runs in the Web Worker; plain functions, so tests can call it directly.
 */
export class SimComputer {
	private cache: { key: string; quarters: number; snapshot: GameSnapshot } | null = null;

	run(request: SimRequest, onProgress?: (done: number, total: number) => void): GameView {
		const { scenario, record } = request;
		const key = `${scenario.id}:${record.seed}`;
		const decisions = record.decisions;
		let game: Game;
		const cached = this.cache;
		if (
			cached &&
			cached.key === key &&
			cached.quarters <= decisions.length &&
			JSON.stringify(cached.snapshot.history.map((r) => r.decisions)) ===
				JSON.stringify(decisions.slice(0, cached.quarters))
		) {
			game = createGameFrom(cached.snapshot);
		} else {
			game = createGame(scenario, record.seed);
		}
		const total = decisions.length;
		for (let q = game.quarter; q < total; q++) {
			game.step(decisions[q]!);
			onProgress?.(q + 1, total);
		}
		this.cache = { key, quarters: game.quarter, snapshot: game.snapshot() };

		const preview = [];
		if (request.preview) {
			const ahead = createGameFrom(this.cache.snapshot);
			const room = Math.min(request.preview.quarters, Math.max(0, 4096 - ahead.quarter));
			for (let q = 0; q < room; q++) preview.push(ahead.step(request.preview.decisions));
		}
		return {
			history: game.history,
			tenureProfit: game.profitByTenure(),
			concentration: game.profitConcentration(10),
			stories: game.trackedCustomers().map((customer) => ({
				customer,
				entries: game.customerStory(customer) ?? []
			})),
			preview
		};
	}
}
