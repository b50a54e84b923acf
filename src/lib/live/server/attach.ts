import type { IncomingMessage, Server } from 'node:http';
import { networkInterfaces } from 'node:os';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { joinOrigin } from '../core/lan';
import { LIVE_PATH, MAX_MESSAGE_BYTES } from '../core/protocol';
import type { LiveQuestion } from '../core/questions';
import type { Fanout } from './fanout';
import type { Guard } from './guard';
import { LiveHub } from './hub';
import { connectRedis } from './redis-fanout';
import type { RoomStore } from './room-store';
import { LiveStore } from './store';

export type AttachOptions = {
	/** The SQLite file (`data/live.sqlite` by default in the callers). */
	file: string;
	/** With a Redis URL the rooms are kept there instead, shared with other processes. */
	redisUrl?: string | undefined;
	questions: (ids: readonly string[]) => LiveQuestion[] | null;
};

function storage(options: AttachOptions): { store: RoomStore; fanout?: Fanout; guard?: Guard } {
	return options.redisUrl ? connectRedis(options.redisUrl) : { store: new LiveStore(options.file) };
}

/** How often a silent connection is checked (ping), and dropped if it did not answer. */
const HEARTBEAT_MS = 15_000;

/**
 * True when the browser page that opens the socket is served by this server: the
 * Origin's host is the Host the request was sent to. Refuses other sites' pages (a page
 * elsewhere cannot act with a student's seat) and clients that send no Origin.
 */
export function sameOrigin(req: IncomingMessage): boolean {
	const origin = req.headers.origin;
	const host = req.headers.host;
	if (!origin || !host) return false;
	try {
		return new URL(origin).host === host;
	} catch {
		return false;
	}
}

/**
 * Serves the live classroom's WebSocket at /live on an existing HTTP server (the site's
 * production server, or Vite's in development). Other upgrade requests are left alone.
 */
export function attachLive(server: Server, options: AttachOptions) {
	const { store, fanout, guard } = storage(options);
	const hub = new LiveHub({
		store,
		...(fanout && guard ? { fanout, guard } : {}),
		questions: options.questions,
		joinOrigin: () => {
			const address = server.address() as AddressInfo | null;
			return address ? joinOrigin(address, networkInterfaces()) : null;
		}
	});
	const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
	const alive = new WeakMap<WebSocket, boolean>();

	const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
		if (new URL(req.url ?? '/', 'http://x').pathname !== LIVE_PATH) return;
		if (!sameOrigin(req)) {
			socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
			return;
		}
		wss.handleUpgrade(req, socket, head, (ws) => {
			const connection = hub.connect(ws, req.socket.remoteAddress ?? 'unknown');
			alive.set(ws, true);
			ws.on('pong', () => alive.set(ws, true));
			ws.on('message', (data, isBinary) => {
				if (isBinary) return ws.close(1003, 'text only');
				connection.message(data.toString());
			});
			ws.on('close', connection.close);
			ws.on('error', () => ws.terminate());
		});
	};
	server.on('upgrade', onUpgrade);

	const heartbeat = setInterval(() => {
		for (const ws of wss.clients) {
			if (!alive.get(ws)) ws.terminate();
			else {
				alive.set(ws, false);
				ws.ping();
			}
		}
	}, HEARTBEAT_MS);
	heartbeat.unref();

	let closed: Promise<void> | null = null;
	/** Drops the connections and closes the store; resolves once Redis, if used, is let go. */
	const close = () => {
		closed ??= (async () => {
			clearInterval(heartbeat);
			server.off('upgrade', onUpgrade);
			hub.stop();
			for (const ws of wss.clients) ws.terminate();
			wss.close();
			await store.close();
			await fanout?.close();
		})();
		return closed;
	};
	server.once('close', close);
	return { hub, store, close };
}
