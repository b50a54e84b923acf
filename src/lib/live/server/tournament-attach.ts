import type { IncomingMessage, Server } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { parseScenario, type Scenario } from '../../simulation/core';
import { joinOrigin } from '../core/lan';
import { MAX_MESSAGE_BYTES } from '../core/protocol';
import { TOURNAMENT_PATH } from '../core/tournament-protocol';
import { sameOrigin } from './attach';
import { TournamentHub } from './tournament-hub';
import { TournamentStore } from './tournament-store';

export type TournamentAttachOptions = {
	/** The SQLite file (`data/tournaments.sqlite` in the callers). */
	file: string;
	scenarios: (id: string) => Scenario | null;
};

const HEARTBEAT_MS = 15_000;

/** The built-in firms, read from `content/scenarios` (the production server's own copy). */
export function readScenarios(dir: string): (id: string) => Scenario | null {
	const all = new Map<string, Scenario>();
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
		const scenario = parseScenario(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
		all.set(scenario.id, scenario);
	}
	return (id) => all.get(id) ?? null;
}

/**
 * Serves the team tournament's WebSocket at TOURNAMENT_PATH on an existing HTTP server,
 * beside the live quiz's: same origin check, message size limit and heartbeat.
 */
export function attachTournament(server: Server, options: TournamentAttachOptions) {
	const store = new TournamentStore(options.file);
	const hub = new TournamentHub({
		store,
		scenarios: options.scenarios,
		joinOrigin: () => {
			const address = server.address() as AddressInfo | null;
			return address ? joinOrigin(address, networkInterfaces()) : null;
		}
	});
	const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
	const alive = new WeakMap<WebSocket, boolean>();

	const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
		if (new URL(req.url ?? '/', 'http://x').pathname !== TOURNAMENT_PATH) return;
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

	let closed = false;
	const close = () => {
		if (closed) return;
		closed = true;
		clearInterval(heartbeat);
		server.off('upgrade', onUpgrade);
		hub.stop();
		for (const ws of wss.clients) ws.terminate();
		wss.close();
		store.close();
	};
	server.once('close', close);
	return { hub, store, close };
}
