import type { GameView, SimRequest, SimResponse } from '../core/protocol';

type Pending = {
	resolve: (view: GameView) => void;
	reject: (error: Error) => void;
	onProgress?: (done: number, total: number) => void;
};

/** Talks to the engine's Web Worker: one promise per request, progress on the side. */
export class SimClient {
	private worker: Worker | null = null;
	private nextId = 1;
	private pending = new Map<number, Pending>();

	constructor(
		private createWorker: () => Worker = () =>
			new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })
	) {}

	run(
		request: Omit<SimRequest, 'id'>,
		onProgress?: (done: number, total: number) => void
	): Promise<GameView> {
		if (!this.worker) {
			this.worker = this.createWorker();
			this.worker.onmessage = (event: MessageEvent<SimResponse>) => this.receive(event.data);
			this.worker.onerror = (event) => {
				for (const p of this.pending.values()) p.reject(new Error(event.message));
				this.pending.clear();
			};
		}
		const id = this.nextId++;
		return new Promise((resolve, reject) => {
			this.pending.set(id, { resolve, reject, onProgress });
			this.worker!.postMessage({ ...request, id, progress: Boolean(onProgress) });
		});
	}

	private receive(message: SimResponse) {
		const p = this.pending.get(message.id);
		if (!p) return;
		if (message.kind === 'progress') return p.onProgress?.(message.done, message.total);
		this.pending.delete(message.id);
		if (message.kind === 'result') p.resolve(message.view);
		else p.reject(new Error(message.message));
	}

	dispose() {
		this.worker?.terminate();
		this.worker = null;
		for (const p of this.pending.values()) p.reject(new Error('stopped'));
		this.pending.clear();
	}
}
