/**
 * The team tournament under load, for `npm run bench:live` (which calls benchTournament on
 * its running server) or alone: `npx tsx scripts/bench-tournament.ts` starts the production
 * server on its own port and data folder. One tournament of 20 teams plays 12 quarters;
 * each quarter every team sends its decisions, and the time from the last team's decisions
 * (which close the quarter: the server plays the market and sends every team its new view)
 * to the last team's screen is measured. Prints
 *   RESULT tournament teams=20 quarters=12 p50_ms=<…> p95_ms=<…>
 * Loopback only; each team connects from its own 127.0.99.<n> address.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { POLICIES, type Decisions } from '../src/lib/simulation/core';
import type { TournamentTeamView } from '../src/lib/live/core/tournament-protocol';
import { readScenarios } from '../src/lib/live/server/tournament-attach';
import { TournamentTestClient } from '../src/lib/live/server/tournament-test-client';

const TEAMS = 20;
const QUARTERS = 12;
const SCENARIO = 'coffee';

const percentile = (sorted: number[], p: number) =>
	sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** Runs the tournament on the server at `port`; returns the RESULT line. */
export async function benchTournament(port: number): Promise<string> {
	const url = `ws://127.0.0.1:${port}/live/giai-dau`;
	const scenario = readScenarios(path.resolve('content/scenarios'))(SCENARIO)!;
	const host = new TournamentTestClient(url, undefined, '127.0.99.1');
	await host.open();
	host.send({ type: 'create', scenario: SCENARIO, seed: 7, quarters: QUARTERS, seconds: 1800 });
	const { code } = await host.next('welcome');
	const teams = await Promise.all(
		Array.from({ length: TEAMS }, async (_, i) => {
			const team = new TournamentTestClient(url, undefined, `127.0.99.${i + 2}`);
			await team.open();
			team.send({ type: 'join', code, name: `Đội ${i + 1}` });
			await team.next('seat');
			return team;
		})
	);
	host.send({ type: 'command', command: 'start' });
	await Promise.all(teams.map((t) => t.next('state', (m) => m.view.phase === 'deciding')));
	// Teams differ in price and in how much they spend, so the market has something to share.
	const decisions = (i: number, q: number): Decisions => {
		const d = POLICIES.balanced!.decide(scenario, q);
		return { ...d, price: Math.round((0.8 + ((i * 7 + q) % 9) * 0.05) * 100) / 100 };
	};
	const times: number[] = [];
	for (let q = 0; q < QUARTERS; q++) {
		for (let i = 0; i < TEAMS - 1; i++)
			teams[i]!.send({ type: 'decide', quarter: q, decisions: decisions(i, q) });
		await Promise.all(teams.slice(0, -1).map((t) => t.next('decided')));
		const played = (m: { view: unknown }) => (m.view as TournamentTeamView).played === q + 1;
		const arrived = teams.map((t) => t.next('state', played));
		const start = performance.now();
		teams.at(-1)!.send({ type: 'decide', quarter: q, decisions: decisions(TEAMS - 1, q) });
		await Promise.all(arrived);
		times.push(performance.now() - start);
	}
	for (const c of [host, ...teams]) c.close();
	times.sort((a, b) => a - b);
	return `RESULT tournament teams=${TEAMS} quarters=${QUARTERS} p50_ms=${percentile(times, 50).toFixed(1)} p95_ms=${percentile(times, 95).toFixed(1)}`;
}

async function alone() {
	const port = Number(process.env.BENCH_TOURNAMENT_PORT ?? 4197);
	const dataDir = mkdtempSync(path.join(tmpdir(), 'crm-lab-bench-tournament-'));
	const server = spawn(process.execPath, ['scripts/start.js'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LIVE_DATA_DIR: dataDir },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	try {
		for (let i = 0; ; i++) {
			const up = await fetch(`http://127.0.0.1:${port}/vao`).then(
				(r) => r.ok,
				() => false
			);
			if (up) break;
			if (i > 600) throw new Error('the server did not start');
			await new Promise((r) => setTimeout(r, 500));
		}
		console.log(await benchTournament(port));
	} finally {
		server.kill('SIGTERM');
		rmSync(dataDir, { recursive: true, force: true });
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await alone();
