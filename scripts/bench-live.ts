/**
 * npm run bench:live: the live classroom under load, on this machine's loopback only.
 * Starts the production server (`npm start`, building first if needed) on its own port and
 * data folder, then for one room of 300 students and for 20 rooms of 40 runs a 10-question
 * quiz: every student answers, the host reveals, and the time from the host's reveal to
 * each student's screen is measured. Prints, per case,
 *   RESULT live players=<n> rooms=<r> p50_ms=<…> p95_ms=<…> lost_answers=<k>
 * Each room's students connect from their own loopback address (127.0.<room>.<n>), as
 * phones on a Wi-Fi each have theirs, so the per-address join limits apply as in class.
 *
 * Then the same cases with Redis: a redis-server of its own (loopback, a free port, nothing
 * on disk) and two server processes with REDIS_URL; each room's host on the second, its
 * students split between both. Those lines carry `redis=1 processes=2`.
 *
 * Between the two, on the first server: a team tournament of 20 teams over 12 quarters
 * (scripts/bench-tournament.ts), `RESULT tournament teams=20 quarters=12 p50_ms=… p95_ms=…`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { HostView, PlayerView } from '../src/lib/live/core/protocol';
import { TestClient } from '../src/lib/live/server/test-client';
import { startRedis } from '../src/lib/live/server/test-redis';
import { benchTournament } from './bench-tournament';
import bank from '../content/quiz/01-tong-quan-crm.json' with { type: 'json' };

const PORT = Number(process.env.BENCH_LIVE_PORT ?? 4193);
const wsUrl = (port: number) => `ws://127.0.0.1:${port}/live`;
const QUESTIONS = 10;
const CASES = [
	{ rooms: 1, perRoom: 300 },
	{ rooms: 20, perRoom: 40 }
];

// Real ids of the built banks (unknown ids are refused): chapter 1's live-type questions.
const QUESTION_IDS = (bank.questions as { id: string; type: string }[])
	.filter((q) => ['single', 'multiple', 'truefalse'].includes(q.type))
	.map((q) => q.id)
	.slice(0, QUESTIONS);

const percentile = (sorted: number[], p: number) =>
	sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function waitForServer(port: number) {
	for (let i = 0; i < 600; i++) {
		const up = await fetch(`http://127.0.0.1:${port}/vao`).then(
			(r) => r.ok,
			() => false
		);
		if (up) return;
		await new Promise((r) => setTimeout(r, 500));
	}
	throw new Error('the server did not start');
}

/** Where a room's host and each of its students connect. */
type Servers = { host: string; students: string[] };

async function createRoom(url: string, address: string) {
	const host = new TestClient(url, undefined, address);
	await host.open();
	host.send({ type: 'host.create', questionIds: QUESTION_IDS, seconds: 120 });
	const reply = await host.next(['host.welcome', 'error']);
	if (reply.type === 'error') throw new Error(`host.create: ${reply.message}`);
	return { host, code: reply.code };
}

async function runRoom(room: number, players: number, latencies: number[], servers: Servers) {
	const { host, code } = await createRoom(servers.host, `127.0.${room + 1}.1`);
	const students = await Promise.all(
		Array.from({ length: players }, async (_, i) => {
			const url = servers.students[i % servers.students.length]!;
			const s = new TestClient(url, undefined, `127.0.${room + 1}.${(i % 250) + 2}`);
			await s.open();
			s.send({ type: 'join', code, nickname: `Sinh viên ${i + 1}` });
			const seat = await s.next(['seat', 'error']);
			if (seat.type === 'error') throw new Error(`join: ${seat.message}`);
			return s;
		})
	);
	let lost = 0;
	host.send({ type: 'host.command', command: 'start' });
	for (let q = 0; q < QUESTIONS; q++) {
		await Promise.all(
			students.map(async (s, i) => {
				await s.next('state', (m) => m.view.phase === 'open' && m.view.index === q);
				s.send({ type: 'answer', question: q, choices: [i % 2] });
				await s.next('answered');
			})
		);
		const all = await Promise.race([
			host.next('state', (m) => (m.view as HostView).answeredCount === players),
			new Promise<null>((r) => setTimeout(() => r(null), 5_000))
		]);
		if (!all) {
			host.send({ type: 'host.command', command: 'close' });
			const closed = await host.next('state', (m) => m.view.phase === 'closed');
			lost += players - (closed.view as HostView).answeredCount;
		}
		const revealedAt = performance.now();
		host.send({ type: 'host.command', command: 'reveal' });
		await Promise.all(
			students.map(async (s) => {
				const m = await s.next('state', (v) => v.view.phase === 'revealed' && v.view.index === q);
				if ((m.view as PlayerView).choices === null) lost++;
				latencies.push(performance.now() - revealedAt);
			})
		);
		host.send({ type: 'host.command', command: 'next' });
	}
	for (const s of students) s.close();
	host.close();
	return lost;
}

/** `npm start`'s server on `port`; the first one builds the site if it is stale. */
function startServer(port: number, dataDir: string, env: Record<string, string> = {}) {
	return spawn(process.execPath, ['scripts/start.js'], {
		env: {
			...process.env,
			...env,
			PORT: String(port),
			HOST: '127.0.0.1',
			LIVE_DATA_DIR: dataDir
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
}

async function runCases(servers: Servers, marker: string) {
	for (const { rooms, perRoom } of CASES) {
		const latencies: number[] = [];
		const lost = await Promise.all(
			Array.from({ length: rooms }, (_, r) => runRoom(r, perRoom, latencies, servers))
		);
		latencies.sort((a, b) => a - b);
		console.log(
			`RESULT live players=${rooms * perRoom} rooms=${rooms}${marker} p50_ms=${percentile(latencies, 50).toFixed(1)} p95_ms=${percentile(latencies, 95).toFixed(1)} lost_answers=${lost.reduce((a, b) => a + b, 0)}`
		);
	}
}

async function main() {
	const dataDir = mkdtempSync(path.join(tmpdir(), 'crm-lab-bench-live-'));
	const servers = [startServer(PORT, dataDir)];
	let redis: Awaited<ReturnType<typeof startRedis>> | null = null;
	try {
		await waitForServer(PORT);
		await runCases({ host: wsUrl(PORT), students: [wsUrl(PORT)] }, '');
		console.log(await benchTournament(PORT));
		servers.pop()!.kill('SIGTERM');

		redis = await startRedis();
		const env = { REDIS_URL: redis.url, CRM_LAB_BUILD_IS_FRESH: '1' };
		const [one, two] = [PORT + 1, PORT + 2];
		servers.push(startServer(one, dataDir, env), startServer(two, dataDir, env));
		await Promise.all([waitForServer(one), waitForServer(two)]);
		await runCases(
			{ host: wsUrl(two), students: [wsUrl(one), wsUrl(two)] },
			' redis=1 processes=2'
		);
	} finally {
		for (const server of servers) server.kill('SIGTERM');
		await redis?.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}

await main();
