import type { Server } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { parseScenario, type Scenario } from '../../simulation/core';
import { joinOrigin } from '../core/lan';
import { TOURNAMENT_PATH } from '../core/tournament-protocol';
import { serveSocket } from './socket';
import { TournamentHub } from './tournament-hub';
import { TournamentStore } from './tournament-store';

export type TournamentAttachOptions = {
	/** The SQLite file (`data/tournaments.sqlite` in the callers). */
	file: string;
	scenarios: (id: string) => Scenario | null;
};

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
	const socket = serveSocket(server, TOURNAMENT_PATH, hub);

	let closed = false;
	const close = () => {
		if (closed) return;
		closed = true;
		hub.stop();
		socket.stop();
		store.close();
	};
	server.once('close', close);
	return { hub, store, close };
}
