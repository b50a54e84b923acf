import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIVE_QUESTIONS } from '../core/fixtures';
import { MAX_PLAYERS } from '../core/room';
import type { HostView, PlayerView } from '../core/protocol';
import { attachLive } from './attach';
import { TestClient } from './test-client';

const dir = mkdtempSync(path.join(tmpdir(), 'crm-lab-live-'));
const byId = new Map(LIVE_QUESTIONS.map((q) => [q.id, q]));
const questions = (ids: readonly string[]) =>
	ids.every((id) => byId.has(id)) ? ids.map((id) => byId.get(id)!) : null;

/** A server on 127.0.0.1 with the live classroom on the SQLite file `name`. */
async function start(name: string) {
	const server = createServer((_req, res) => res.end('ok'));
	const live = attachLive(server, { file: path.join(dir, name), questions });
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { server, live, url: `ws://127.0.0.1:${port}/live` };
}

type Started = Awaited<ReturnType<typeof start>>;

/** Stops a server the way a crash would leave it: the sockets dropped, the file as written. */
const stop = ({ server, live }: Started) =>
	new Promise<void>((resolve) => {
		live.close();
		server.close(() => resolve());
	});

async function connect(url: string) {
	const client = new TestClient(url);
	await client.open();
	return client;
}

async function hostRoom(url: string) {
	const host = await connect(url);
	host.send({ type: 'host.create', questionIds: LIVE_QUESTIONS.map((q) => q.id), seconds: 60 });
	const welcome = await host.next('host.welcome');
	return { host, ...welcome };
}

const view = <V extends HostView | PlayerView>(m: { view: unknown }) => m.view as V;

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the live server', () => {
	let started: Started;
	let url: string;
	beforeAll(async () => {
		started = await start('main.sqlite');
		url = started.url;
	});
	afterAll(() => stop(started));

	it('refuses a connection from another site or with no Origin', async () => {
		for (const origin of ['http://evil.example', null]) {
			const client = new TestClient(url, origin);
			await expect(client.open()).rejects.toThrow(/403/);
		}
	});

	it('counts a double-sent answer once and keeps the key from phones until the reveal', async () => {
		const { host, code } = await hostRoom(url);
		const lan = await connect(url);
		lan.send({ type: 'join', code: code.toLowerCase(), nickname: 'Lan' });
		await lan.next('seat');
		host.send({ type: 'host.command', command: 'start' });
		const open = view<PlayerView>(await lan.next('state', (m) => m.view.phase === 'open'));
		expect(open.key).toBeNull();
		lan.send({ type: 'answer', question: 0, choices: [2] });
		lan.send({ type: 'answer', question: 0, choices: [2] });
		expect(await lan.next('answered')).toEqual({ type: 'answered', question: 0, accepted: true });
		expect(await lan.next('answered')).toMatchObject({ accepted: true });
		const counted = view<HostView>(
			await host.next('state', (m) => view<HostView>(m).answeredCount > 0)
		);
		expect(counted.counts).toEqual([0, 0, 1, 0]);
		host.send({ type: 'host.command', command: 'reveal' });
		const revealed = view<PlayerView>(await lan.next('state', (m) => m.view.phase === 'revealed'));
		expect(revealed).toMatchObject({ correct: true, key: { answer: [2] } });
		expect(revealed.score).toBeGreaterThan(500);
		expect(revealed.score).toBeLessThanOrEqual(1000);
	});

	it('throttles wrong codes: 100 tries from one address are locked out after a few', async () => {
		const other = await start('throttle.sqlite');
		const codes: string[] = [];
		// ten connections of ten tries each: the lock is per address, not per connection
		for (let c = 0; c < 10; c++) {
			const bot = await connect(other.url);
			for (let i = 0; i < 10; i++) {
				bot.send({ type: 'join', code: 'AAAAAA', nickname: `bot${i}` });
				codes.push((await bot.next('error')).code);
			}
			bot.close();
		}
		await stop(other);
		expect(codes.slice(0, 20)).toEqual(Array(20).fill('bad-code'));
		expect(codes.slice(20)).toEqual(Array(80).fill('locked'));
	});

	it('refuses player 301 with a message', async () => {
		const { code } = await hostRoom(url);
		const players = await Promise.all(Array.from({ length: MAX_PLAYERS + 1 }, () => connect(url)));
		const reply = async (p: TestClient, i: number) => {
			p.send({ type: 'join', code, nickname: `Bạn ${i}` });
			const m = await p.next(['seat', 'error']);
			return m.type === 'error' ? m.message : 'seat';
		};
		const replies = await Promise.all(players.slice(0, MAX_PLAYERS).map(reply));
		replies.push(await reply(players[MAX_PLAYERS]!, MAX_PLAYERS));
		expect(replies.slice(0, MAX_PLAYERS).every((r) => r === 'seat')).toBe(true);
		expect(replies[MAX_PLAYERS]).toBe('Phòng đã đủ 300 người, không nhận thêm.');
		for (const p of players) p.close();
	}, 30_000);

	it('keeps a kicked nickname out of the room, by seat and by name', async () => {
		const { host, code } = await hostRoom(url);
		const spam = await connect(url);
		spam.send({ type: 'join', code, nickname: 'Spam' });
		const seat = await spam.next('seat');
		const host1 = view<HostView>(
			await host.next('state', (m) => view<HostView>(m).players.length === 1)
		);
		host.send({ type: 'host.kick', playerId: host1.players[0]!.id });
		expect(await spam.next('kicked')).toMatchObject({
			message: 'Giảng viên đã mời bạn ra khỏi phiên.'
		});
		expect(await spam.closed).toBe(4000);
		const back = await connect(url);
		back.send({ type: 'rejoin', code, playerId: seat.playerId, seatToken: seat.seatToken });
		expect((await back.next('error')).code).toBe('kicked');
		back.send({ type: 'join', code, nickname: 'SPAM' });
		expect((await back.next('error')).code).toBe('kicked');
		const stranger = await connect(url);
		stranger.send({ type: 'host.kick', playerId: seat.playerId });
		expect((await stranger.next('error')).code).toBe('not-host');
	});

	it('closes a connection that sends an oversized message', async () => {
		const client = await connect(url);
		client.send({ type: 'join', code: 'CDEFH9', nickname: 'x'.repeat(5000) });
		expect(await client.closed).toBe(1009);
	});
});

describe('a restart', () => {
	it('resumes the room mid-question: same seat, same score, the host back in charge', async () => {
		let started = await start('restart.sqlite');
		let url = started.url;
		const { host, code, hostToken } = await hostRoom(url);
		const lan = await connect(url);
		lan.send({ type: 'join', code, nickname: 'Lan' });
		const seat = await lan.next('seat');
		host.send({ type: 'host.command', command: 'start' });
		await lan.next('state', (m) => m.view.phase === 'open');
		lan.send({ type: 'answer', question: 0, choices: [2] });
		await lan.next('answered');
		await stop(started);
		started = await start('restart.sqlite');
		url = started.url;

		const back = await connect(url);
		back.send({ type: 'rejoin', code, playerId: seat.playerId, seatToken: seat.seatToken });
		const resumed = view<PlayerView>(await back.next('state'));
		expect(resumed).toMatchObject({ phase: 'open', index: 0, choices: [2], nickname: 'Lan' });
		back.send({ type: 'answer', question: 0, choices: [0] });
		await back.next('answered');
		const host2 = await connect(url);
		host2.send({ type: 'host.resume', code, hostToken: 'x'.repeat(24) });
		expect((await host2.next('error')).code).toBe('not-host');
		host2.send({ type: 'host.resume', code, hostToken });
		const hostBack = view<HostView>(await host2.next('state'));
		expect(hostBack).toMatchObject({ phase: 'open', answeredCount: 1, counts: [0, 0, 1, 0] });
		expect(hostBack.players).toEqual([
			expect.objectContaining({ nickname: 'Lan', connected: true, answered: true })
		]);
		host2.send({ type: 'host.command', command: 'end' });
		const ended = view<HostView>(await host2.next('state', (m) => m.view.phase === 'ended'));
		expect(ended.standings).toEqual([expect.objectContaining({ nickname: 'Lan', right: 1 })]);
		await stop(started);
	});
});
