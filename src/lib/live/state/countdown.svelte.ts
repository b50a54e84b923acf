/**
 * Seconds left on the open question, counted down by this page from the server's
 * "milliseconds left" (not from its clock: phones' clocks are often minutes off).
 */
export class Countdown {
	seconds = $state<number | null>(null);
	#endsAt = 0;
	#timer: ReturnType<typeof setInterval> | null = null;

	set(remainingMs: number | null, running: boolean) {
		if (this.#timer) clearInterval(this.#timer);
		this.#timer = null;
		if (remainingMs === null) {
			this.seconds = null;
			return;
		}
		this.#endsAt = performance.now() + remainingMs;
		this.#tick();
		if (running) this.#timer = setInterval(() => this.#tick(), 250);
	}

	#tick() {
		const left = Math.max(0, Math.ceil((this.#endsAt - performance.now()) / 1000));
		this.seconds = left;
		if (left === 0 && this.#timer) clearInterval(this.#timer);
	}

	stop() {
		if (this.#timer) clearInterval(this.#timer);
	}
}
