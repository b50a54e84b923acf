import { Redis } from 'ioredis';
import type { Fanout, FanoutMessage } from './fanout';
import { RedisJoinGuard } from './guard';
import { channelOf, RedisRoomStore } from './redis-store';
import { newToken } from './tokens';

/**
 * Fan-out over Redis pub/sub, one channel per room. Pub/sub rather than streams: the rooms'
 * state is already kept in their hashes, so a message only has to reach the processes that
 * are listening now; each change carries its `seq`, so a process that missed some (its
 * connection dropped) sees the gap and reloads the room from the hashes. Streams would keep
 * a second copy of every change, to be trimmed, for a replay nobody needs.
 */
export class RedisFanout implements Fanout {
	readonly self: string;
	readonly shared = true;
	#sub: Redis;
	#pub: Redis;
	#listeners: ((code: string, message: FanoutMessage) => void)[] = [];

	/** `pub` is the connection that also runs the store's commands; `sub` its own. */
	constructor(pub: Redis, sub: Redis, self: string) {
		this.self = self;
		this.#pub = pub;
		this.#sub = sub;
		sub.on('message', (channel: string, text: string) => {
			const code = /^live:\{(\w+)\}$/.exec(channel)?.[1];
			if (!code) return;
			let message: FanoutMessage;
			try {
				message = JSON.parse(text) as FanoutMessage;
			} catch {
				return;
			}
			for (const listener of this.#listeners) listener(code, message);
		});
	}

	async watch(code: string) {
		await this.#sub.subscribe(channelOf(code));
	}

	async unwatch(code: string) {
		await this.#sub.unsubscribe(channelOf(code));
	}

	publish(code: string, message: FanoutMessage) {
		this.#pub.publish(channelOf(code), JSON.stringify(message)).catch(() => {
			// Presence is said again at the next heartbeat.
		});
	}

	listen(listener: (code: string, message: FanoutMessage) => void) {
		this.#listeners.push(listener);
	}

	async close() {
		await Promise.allSettled([this.#sub.quit(), this.#pub.quit()]);
	}
}

/** The store, the fan-out and the join limits of one server process on the Redis at `url`. */
export function connectRedis(url: string) {
	const self = newToken(9);
	const pub = new Redis(url, { enableAutoPipelining: true });
	const sub = new Redis(url);
	for (const connection of [pub, sub])
		connection.on('error', (error: Error) => console.error('live: redis:', error.message));
	return {
		store: new RedisRoomStore(pub, self),
		fanout: new RedisFanout(pub, sub, self),
		guard: new RedisJoinGuard(pub)
	};
}
