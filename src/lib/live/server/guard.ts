import type { Redis } from 'ioredis';
import { LiveError } from '../core/errors';
import { JOIN_LIMITS, type JoinLimits, type Verdict } from '../core/limits';

/**
 * The per-address join limits as the hub uses them: the core's JoinGuard in one process;
 * with Redis, RedisJoinGuard, so that an address spreading its tries over several
 * processes still gets one quota, not one per process.
 */
export type Guard = {
	attempt(address: string, now: number): Verdict | Promise<Verdict>;
	miss(address: string, now: number): void | Promise<void>;
	sweep(now: number): void;
};

export const limited = (reason: 'locked' | 'rate-limited') =>
	reason === 'locked'
		? new LiveError('locked', 'Nhập sai mã quá nhiều lần. Hãy thử lại sau ít phút.')
		: new LiveError('rate-limited', 'Có quá nhiều lượt vào phiên từ mạng này. Hãy thử lại sau.');

// The same rules as JoinGuard (core/limits.ts), on a hash per address that expires once
// neither its window nor its lock can matter. ARGV: now, windowMs, lockMs, limit.
const LOAD = `
local now, win, lock = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local e = redis.call('HMGET', KEYS[1], 'start', 'attempts', 'misses', 'locked')
local start, attempts, misses, locked = tonumber(e[1]), tonumber(e[2]) or 0, tonumber(e[3]) or 0, tonumber(e[4]) or 0
if not start or now - start >= win then start, attempts, misses = now, 0, 0 end
local function save()
	redis.call('HSET', KEYS[1], 'start', start, 'attempts', attempts, 'misses', misses, 'locked', locked)
	redis.call('PEXPIRE', KEYS[1], win + lock)
end
`;
const ATTEMPT = `${LOAD}
if locked > now then return {0, 'locked', locked - now} end
if attempts >= tonumber(ARGV[4]) then return {0, 'rate-limited', start + win - now} end
attempts = attempts + 1
save()
return {1}`;
const MISS = `${LOAD}
misses = misses + 1
if misses >= tonumber(ARGV[4]) then locked = now + lock end
save()
return 1`;

export class RedisJoinGuard implements Guard {
	#redis: Redis;
	#limits: JoinLimits;

	constructor(redis: Redis, limits: JoinLimits = JOIN_LIMITS) {
		this.#redis = redis;
		this.#limits = limits;
	}

	#args(now: number, limit: number) {
		return [now, this.#limits.windowMs, this.#limits.lockMs, limit];
	}

	async attempt(address: string, now: number): Promise<Verdict> {
		const args = this.#args(now, this.#limits.attempts);
		const [ok, reason, retryMs] = (await this.#redis.eval(ATTEMPT, 1, keyOf(address), ...args)) as [
			number,
			'locked' | 'rate-limited',
			number
		];
		return ok === 1 ? { ok: true } : { ok: false, reason, retryMs };
	}

	async miss(address: string, now: number) {
		await this.#redis.eval(MISS, 1, keyOf(address), ...this.#args(now, this.#limits.misses));
	}

	/** Nothing to do: the keys expire. */
	sweep() {}
}

const keyOf = (address: string) => `live:guard:${address}`;
