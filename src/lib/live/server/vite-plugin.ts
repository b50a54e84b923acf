import path from 'node:path';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Plugin, ResolvedConfig } from 'vite';

/**
 * The live classroom in Vite:
 * - `npm run dev`: attaches the WebSocket hub to Vite's own HTTP server, loading the hub
 *   and the question banks through Vite (so they are the TypeScript sources, as edited);
 * - `npm run build`: after the adapter has written `build/`, bundles the hub's production
 *   entry into `build/live/server.js` for `scripts/serve.js` (ws and better-sqlite3, a
 *   native module, stay outside the bundle: Node loads them from node_modules).
 */
export function liveClassroom(): Plugin {
	let config: ResolvedConfig;
	return {
		name: 'crm-lab-live-classroom',
		configResolved(resolved) {
			config = resolved;
		},
		configureServer(server) {
			const http = server.httpServer;
			if (process.env.VITEST || !http) return;
			// Until the hub is loaded, a page's connection is refused at once (it retries) rather
			// than left hanging.
			const early = (req: IncomingMessage, socket: Duplex) => {
				if (req.url?.startsWith('/live')) socket.destroy();
			};
			http.on('upgrade', early);
			const load = async () => {
				const attach = await server.ssrLoadModule('/src/lib/live/server/attach.ts');
				const banks = await server.ssrLoadModule('/src/lib/live/server/banks.ts');
				const quiz = await server.ssrLoadModule('/src/lib/server/quiz.ts');
				const dataDir = process.env.LIVE_DATA_DIR || path.join(config.root, 'data');
				attach.attachLive(http as Server, {
					file: path.join(dataDir, 'live.sqlite'),
					questions: banks.questionLookup(banks.liveQuestionIndex(quiz.banks))
				});
				const tournament = await server.ssrLoadModule('/src/lib/live/server/tournament-attach.ts');
				const scenarios = await server.ssrLoadModule('/src/lib/server/scenarios.ts');
				tournament.attachTournament(http as Server, {
					file: path.join(dataDir, 'tournaments.sqlite'),
					scenarios: (id: string) => scenarios.getScenario(id) ?? null
				});
				http.off('upgrade', early);
			};
			load().catch((error) => config.logger.error(`live classroom: ${error}`));
		},
		closeBundle: {
			sequential: true,
			order: 'post',
			async handler() {
				if (!config.build.ssr || config.command !== 'build') return;
				const { build } = await import('esbuild');
				await build({
					entryPoints: [path.join(config.root, 'src/lib/live/server/index.ts')],
					outfile: path.join(config.root, 'build/live/server.js'),
					bundle: true,
					platform: 'node',
					format: 'esm',
					target: 'node20',
					external: ['ws', 'better-sqlite3', 'ioredis'],
					logLevel: 'warning'
				});
			}
		}
	};
}
