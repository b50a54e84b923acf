import type { GameView, SimRequest } from '../core/protocol';
import type { SimClient } from './client';

/**
 * What the engine worker last computed for the page, and whether it is computing now.
 * A preview-only answer replaces just the preview, so the dashboard does not redraw.
 */
export class EngineView {
	// Replaced whole, never edited in place: raw, so thousands of numbers are not proxied.
	view = $state.raw<GameView | null>(null);
	busy = $state(false);
	progress = $state<{ done: number; total: number } | null>(null);

	constructor(
		private client: SimClient,
		private failed: (problem: string) => void
	) {}

	async load(request: Omit<SimRequest, 'id'>, withProgress = false) {
		this.busy = true;
		try {
			const view = await this.client.run(
				request,
				withProgress ? (done, total) => (this.progress = { done, total }) : undefined
			);
			this.view = request.previewOnly && this.view ? { ...this.view, preview: view.preview } : view;
		} catch (error) {
			this.failed((error as Error).message);
		} finally {
			this.busy = false;
			this.progress = null;
		}
	}

	/** Computes another request (a run to compare) without touching the view. */
	compute(request: Omit<SimRequest, 'id'>): Promise<GameView> {
		return this.client.run(request);
	}

	/** Stops the worker. */
	dispose() {
		this.client.dispose();
	}
}
