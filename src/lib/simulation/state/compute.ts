import {
	createGame,
	createGameFrom,
	type Game,
	type GameSnapshot,
	type QuarterReport
} from '$lib/simulation/core';
import type { GameView, SimRequest } from '../core/protocol';

/**
 * Runs requests against the engine, reusing the last game when a request only adds
 * quarters to it (the usual case: one more quarter, or a preview of the same past).
 * Runs in the Web Worker; plain functions, so tests can call it directly.
 */
export class SimComputer {
	private cache: { key: string; quarters: number; snapshot: GameSnapshot } | null = null;

	private previewFrom(snapshot: GameSnapshot, request: SimRequest): QuarterReport[] {
		const preview: QuarterReport[] = [];
		if (!request.preview) return preview;
		const ahead = createGameFrom(snapshot);
		const room = Math.min(request.preview.quarters, Math.max(0, 4096 - ahead.quarter));
		for (let q = 0; q < room; q++) preview.push(ahead.step(request.preview.decisions));
		return preview;
	}

	run(request: SimRequest, onProgress?: (done: number, total: number) => void): GameView {
		const { scenario, record } = request;
		const key = `${scenario.id}:${record.seed}`;
		const decisions = record.decisions;
		let game: Game;
		const cached = this.cache;
		const reusable =
			cached !== null &&
			cached.key === key &&
			cached.quarters <= decisions.length &&
			JSON.stringify(cached.snapshot.history.map((r) => r.decisions)) ===
				JSON.stringify(decisions.slice(0, cached.quarters));
		// A slider moved: nothing new to play, so project straight from the cached state.
		if (reusable && request.previewOnly && cached.quarters === decisions.length)
			return previewView(this.previewFrom(cached.snapshot, request));
		if (reusable) {
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
		if (request.previewOnly)
			return {
				history: [],
				tenureProfit: [],
				concentration: { top20: 0, curve: [] },
				stories: [],
				preview
			};
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

/** A view that carries only the preview (the page keeps the rest). */
const previewView = (preview: QuarterReport[]): GameView => ({
	history: [],
	tenureProfit: [],
	concentration: { top20: 0, curve: [] },
	stories: [],
	preview
});
