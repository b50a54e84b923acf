import { WebSocket } from 'ws';
import type { ClientMessage, ServerMessage } from '../core/protocol';

/**
 * A live-classroom client for tests and the benchmark: sends messages, and waits for the
 * next message of a type (messages are queued, so none is missed between two waits).
 */
export class TestClient {
	readonly ws: WebSocket;
	readonly received: ServerMessage[] = [];
	#waiters: { accept: (m: ServerMessage) => boolean; resolve: (m: ServerMessage) => void }[] = [];
	#cursor = 0;
	closed: Promise<number>;

	/** `localAddress` picks the loopback address it connects from (one per simulated phone). */
	constructor(
		url: string,
		origin: string | null = new URL(url).origin.replace(/^ws/, 'http'),
		localAddress?: string
	) {
		this.ws = new WebSocket(url, { ...(origin ? { origin } : {}), localAddress });
		this.ws.on('message', (data) => {
			const message = JSON.parse(data.toString()) as ServerMessage;
			this.received.push(message);
			this.#flush();
		});
		this.closed = new Promise((resolve) => this.ws.on('close', (code) => resolve(code)));
	}

	open() {
		return new Promise<void>((resolve, reject) => {
			if (this.ws.readyState === WebSocket.OPEN) return resolve();
			this.ws.once('open', () => resolve());
			this.ws.once('error', reject);
		});
	}

	send(message: ClientMessage | Record<string, unknown>) {
		this.ws.send(JSON.stringify(message));
	}

	/** The next message (after those already taken) of type `type` that passes `accept`. */
	next<T extends ServerMessage['type']>(
		type: T | T[],
		accept: (m: Extract<ServerMessage, { type: T }>) => boolean = () => true
	): Promise<Extract<ServerMessage, { type: T }>> {
		const types: string[] = Array.isArray(type) ? type : [type];
		return new Promise((resolve) => {
			this.#waiters.push({
				accept: (m) => types.includes(m.type) && accept(m as Extract<ServerMessage, { type: T }>),
				resolve: resolve as (m: ServerMessage) => void
			});
			this.#flush();
		});
	}

	#flush() {
		while (this.#waiters.length && this.#cursor < this.received.length) {
			const message = this.received[this.#cursor++]!;
			const waiter = this.#waiters[0]!;
			if (waiter.accept(message)) {
				this.#waiters.shift();
				waiter.resolve(message);
			}
		}
	}

	close() {
		this.ws.close();
	}
}
