import { LIVE_PATH, type ClientMessage, type ServerMessage } from '../core/protocol';

export type LinkStatus = 'connecting' | 'open' | 'offline';

/** Waits between reconnection attempts: quick at first (a blip), then every few seconds. */
const RETRY_MS = [300, 1000, 2000, 3000, 5000];

/**
 * The page's WebSocket to the live server, kept open: it reconnects on its own after a
 * drop, at once when the browser says it is online again or the tab comes back to the
 * front, and calls `onopen` each time so the page can rejoin its room. `path` picks the
 * server's socket (the team tournament has its own, with its own messages).
 */
export class LiveLink<In = ServerMessage, Out = ClientMessage> {
	status = $state<LinkStatus>('connecting');
	/** How many connection attempts failed in a row (the page says "still trying"). */
	failures = $state(0);
	/** Still connecting after a moment: only then is it worth saying so. */
	slow = $state(false);
	#slowTimer: ReturnType<typeof setTimeout> | null = null;
	#socket: WebSocket | null = null;
	#retry: ReturnType<typeof setTimeout> | null = null;
	#stopped = false;
	#handlers: { onopen: () => void; onmessage: (m: In) => void };
	#path: string;

	constructor(handlers: { onopen: () => void; onmessage: (m: In) => void }, path = LIVE_PATH) {
		this.#handlers = handlers;
		this.#path = path;
	}

	start() {
		this.#stopped = false;
		addEventListener('online', this.#wake);
		addEventListener('offline', this.#offline);
		document.addEventListener('visibilitychange', this.#wake);
		this.#connect();
		return () => this.stop();
	}

	stop() {
		this.#stopped = true;
		removeEventListener('online', this.#wake);
		removeEventListener('offline', this.#offline);
		document.removeEventListener('visibilitychange', this.#wake);
		if (this.#retry) clearTimeout(this.#retry);
		if (this.#slowTimer) clearTimeout(this.#slowTimer);
		this.#socket?.close();
	}

	/** Sends now when connected; returns false otherwise (the caller keeps what matters). */
	send(message: Out): boolean {
		if (this.#socket?.readyState !== WebSocket.OPEN) return false;
		this.#socket.send(JSON.stringify(message));
		return true;
	}

	#wake = () => {
		if (document.visibilityState === 'hidden' || this.#stopped) return;
		const s = this.#socket;
		if (!s || s.readyState === WebSocket.CLOSED || s.readyState === WebSocket.CLOSING) {
			if (this.#retry) clearTimeout(this.#retry);
			this.#connect();
		}
	};

	#connect() {
		this.#retry = null;
		const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${this.#path}`;
		const socket = new WebSocket(url);
		this.#socket = socket;
		if (this.status !== 'offline') this.status = 'connecting';
		if (this.#slowTimer) clearTimeout(this.#slowTimer);
		this.#slowTimer = setTimeout(() => (this.slow = this.status !== 'open'), 1500);
		socket.onopen = () => {
			this.status = 'open';
			this.slow = false;
			this.failures = 0;
			this.#handlers.onopen();
		};
		socket.onmessage = (event) => {
			try {
				this.#handlers.onmessage(JSON.parse(String(event.data)) as In);
			} catch {
				// a message this page version does not understand: ignore it
			}
		};
		socket.onclose = () => this.#lost(socket);
	}

	// A phone that loses its network can keep a dead socket open for minutes: the browser's
	// word that it is offline is enough to let it go (and to show it).
	#offline = () => {
		const socket = this.#socket;
		if (!socket) return;
		this.#lost(socket);
		socket.close();
	};

	#lost(socket: WebSocket) {
		if (this.#socket !== socket) return;
		this.#socket = null;
		if (this.#stopped) return;
		this.status = 'offline';
		this.failures++;
		const wait = RETRY_MS[Math.min(this.failures - 1, RETRY_MS.length - 1)]!;
		if (this.#retry) clearTimeout(this.#retry);
		this.#retry = setTimeout(() => this.#connect(), wait);
	}
}
