/**
 * The live classroom's server entry for `scripts/serve.js`: bundled by the build into
 * `build/live/server.js` (ws, better-sqlite3 and ioredis stay outside the bundle).
 */
import type { Server } from 'node:http';
import path from 'node:path';
import { attachLive } from './attach';
import { liveQuestionIndex, questionLookup, readBuiltBanks } from './banks';
import { attachTournament, readScenarios } from './tournament-attach';

/**
 * `root` is the project folder; the data folder is `LIVE_DATA_DIR` or `<root>/data`. With
 * `REDIS_URL` the rooms are kept in that Redis instead, so several processes serve them.
 */
export function attachLiveClassroom(server: Server, root: string) {
	const dataDir = process.env.LIVE_DATA_DIR || path.join(root, 'data');
	const banks = readBuiltBanks(path.join(root, 'build', 'prerendered', 'ngan-hang'));
	const live = attachLive(server, {
		file: path.join(dataDir, 'live.sqlite'),
		redisUrl: process.env.REDIS_URL || undefined,
		questions: questionLookup(liveQuestionIndex(banks))
	});
	const tournaments = attachTournament(server, {
		file: path.join(dataDir, 'tournaments.sqlite'),
		scenarios: readScenarios(path.join(root, 'content', 'scenarios'))
	});
	process.once('SIGINT', tournaments.close);
	process.once('SIGTERM', tournaments.close);
	// Open WebSockets would keep the server's close() waiting forever: drop them first (the
	// clients reconnect to the next server, and every accepted event is already written).
	const close = () => void live.close();
	process.once('SIGINT', close);
	process.once('SIGTERM', close);
	return live;
}
