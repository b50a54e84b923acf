import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { MAX_MESSAGE_BYTES } from '../core/protocol';
import type { Socket } from './hub-types';

/** How often a silent connection is checked (ping), and dropped if it did not answer. */
const HEARTBEAT_MS = 15_000;

/** What a hub gives for each connection: where its messages go, and what its end does. */
export type SocketHub = {
	connect(socket: Socket, address: string): { message(text: string): void; close(): void };
};

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
 * Serves a hub's WebSocket at `socketPath` on an existing HTTP server (the site's production
 * server, or Vite's in development): the Origin checked, text messages up to
 * MAX_MESSAGE_BYTES, silent connections dropped. Other upgrade requests are left alone.
 * `stop()` drops every connection and lets the server go.
 */
export function serveSocket(server: Server, socketPath: string, hub: SocketHub) {
	const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
	const alive = new WeakMap<WebSocket, boolean>();

	const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
		if (new URL(req.url ?? '/', 'http://x').pathname !== socketPath) return;
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

	return {
		stop() {
			clearInterval(heartbeat);
			server.off('upgrade', onUpgrade);
			for (const ws of wss.clients) ws.terminate();
			wss.close();
		}
	};
}
