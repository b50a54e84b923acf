/**
 * Per-address limits on joining, kept in memory by the server (a restart forgets them,
 * which only helps a class that was locked out). Pure: the caller passes the time.
 */
export type JoinLimits = {
	/** Join attempts (right or wrong code) per address in one window. */
	attempts: number;
	/** Wrong codes per address in one window before the address is locked. */
	misses: number;
	windowMs: number;
	lockMs: number;
};

/**
 * A whole lecture hall can sit behind one NAT address: 300 students joining and some
 * mistyping fit; a script trying codes is locked after 20 misses.
 */
export const JOIN_LIMITS: JoinLimits = {
	attempts: 400,
	misses: 20,
	windowMs: 10 * 60_000,
	lockMs: 10 * 60_000
};

type Entry = { windowStart: number; attempts: number; misses: number; lockedUntil: number };

export type Verdict =
	{ ok: true } | { ok: false; reason: 'locked' | 'rate-limited'; retryMs: number };

export class JoinGuard {
	#entries = new Map<string, Entry>();
	constructor(readonly limits: JoinLimits = JOIN_LIMITS) {}

	#entry(address: string, now: number): Entry {
		let e = this.#entries.get(address);
		if (!e || now - e.windowStart >= this.limits.windowMs) {
			e = { windowStart: now, attempts: 0, misses: 0, lockedUntil: e?.lockedUntil ?? 0 };
			this.#entries.set(address, e);
		}
		return e;
	}

	/** Call before looking the code up: counts the attempt, refuses a locked or busy address. */
	attempt(address: string, now: number): Verdict {
		const e = this.#entry(address, now);
		if (e.lockedUntil > now) return { ok: false, reason: 'locked', retryMs: e.lockedUntil - now };
		if (e.attempts >= this.limits.attempts)
			return {
				ok: false,
				reason: 'rate-limited',
				retryMs: e.windowStart + this.limits.windowMs - now
			};
		e.attempts++;
		return { ok: true };
	}

	/** A wrong code: enough of them lock the address. */
	miss(address: string, now: number) {
		const e = this.#entry(address, now);
		e.misses++;
		if (e.misses >= this.limits.misses) e.lockedUntil = now + this.limits.lockMs;
	}

	/** Forgets addresses with nothing left to remember (called now and then). */
	sweep(now: number) {
		for (const [address, e] of this.#entries)
			if (now - e.windowStart >= this.limits.windowMs && e.lockedUntil <= now)
				this.#entries.delete(address);
	}
}

/** A token bucket for one connection's messages: a burst, then a steady rate. */
export class MessageBudget {
	#tokens: number;
	#at: number;
	constructor(
		readonly burst: number,
		readonly perSecond: number,
		now: number
	) {
		this.#tokens = burst;
		this.#at = now;
	}

	take(now: number): boolean {
		this.#tokens = Math.min(this.burst, this.#tokens + ((now - this.#at) / 1000) * this.perSecond);
		this.#at = now;
		if (this.#tokens < 1) return false;
		this.#tokens--;
		return true;
	}
}
