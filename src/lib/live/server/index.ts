/**
 * The live classroom's server entry for `scripts/serve.js`: bundled by the build into
 * `build/live/server.js` (ws and better-sqlite3 stay outside the bundle).
 */
import type { Server } from 'node:http';
import path from 'node:path';
import { attachLive } from './attach';
import { liveQuestionIndex, questionLookup, readBuiltBanks } from './banks';

/** `root` is the project folder; the data folder is `LIVE_DATA_DIR` or `<root>/data`. */
export function attachLiveClassroom(server: Server, root: string) {
	const dataDir = process.env.LIVE_DATA_DIR || path.join(root, 'data');
	const banks = readBuiltBanks(path.join(root, 'build', 'prerendered', 'ngan-hang'));
	const live = attachLive(server, {
		file: path.join(dataDir, 'live.sqlite'),
		questions: questionLookup(liveQuestionIndex(banks))
	});
	// Open WebSockets would keep the server's close() waiting forever: drop them first (the
	// clients reconnect to the next server, and every accepted event is already written).
	process.once('SIGINT', live.close);
	process.once('SIGTERM', live.close);
	return live;
}
