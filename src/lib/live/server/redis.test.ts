import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIVE_QUESTIONS } from '../core/fixtures';
import type { HostView, PlayerView } from '../core/protocol';
import { attachLive } from './attach';
import { newRoom } from '../core/room';
import { RedisRoomStore } from './redis-store';
import { KEEP_MS, roomFields, type RoomChange } from './room-store';
import { TestClient } from './test-client';
import { startRedis } from './test-redis';

// Two server processes' worth of live classroom (two HTTP servers, each with its own hub,
// store connection and fan-out) on one real redis-server started for this file.

const byId = new Map(LIVE_QUESTIONS.map((q) => [q.id, q]));
const questions = (ids: readonly string[]) =>
	ids.every((id) => byId.has(id)) ? ids.map((id) => byId.get(id)!) : null;

type Redised = Awaited<ReturnType<typeof startRedis>>;
let redis: Redised;

async function start() {
	const server = createServer((_req, res) => res.end('ok'));
	const live = attachLive(server, { file: ':memory:', redisUrl: redis.url, questions });
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { server, live, url: `ws://127.0.0.1:${port}/live` };
}
type Started = Awaited<ReturnType<typeof start>>;

const stop = async ({ server, live }: Started) => {
	await live.close();
	await new Promise<void>((resolve) => server.close(() => resolve()));
};

async function connect(url: string) {
	const client = new TestClient(url);
	await client.open();
	return client;
}

const hostView = (m: { view: unknown }) => m.view as HostView;
const playerView = (m: { view: unknown }) => m.view as PlayerView;

beforeAll(async () => {
	redis = await startRedis();
});
afterAll(() => redis?.stop());

describe('the Redis store', () => {
	it('writes a change decided on an old room only once: by pv, by nickname, by player and question', async () => {
		const [one, two] = [new Redis(redis.url), new Redis(redis.url)];
		const [p1, p2] = [new RedisRoomStore(one, 'p1'), new RedisRoomStore(two, 'p2')];
		const now = Date.now();
		const room = newRoom('CDEFHJ', LIVE_QUESTIONS, 30, now);
		const stored = { room, hostHash: 'h', seatHashes: new Map(), seq: 0, pv: 0 };
		expect(await p1.create(stored)).toBe(true);
		expect(await p2.create(stored)).toBe(false);

		const lan = { id: 'lan', nickname: 'Lan', joinedAt: now + 1, kicked: false };
		const join = (id: string): RoomChange => ({
			kind: 'player',
			player: { ...lan, id },
			seatHash: 's'
		});
		expect(await p1.commit('CDEFHJ', join('lan'), stored)).toEqual({ ok: true, seq: 1 });
		expect(await p2.commit('CDEFHJ', join('lan-2'), stored)).toMatchObject({
			ok: false,
			why: 'taken'
		});

		const open: RoomChange = {
			kind: 'phase',
			fields: { ...roomFields(room), phase: 'open', index: 0, deadline: now + 30_000 }
		};
		const both = await Promise.all([p1, p2].map((p) => p.commit('CDEFHJ', open, stored)));
		expect(both.map((c) => c.ok).sort()).toEqual([false, true]);

		const answer: RoomChange = {
			kind: 'answer',
			answer: { player: 'lan', question: 0, choices: [2], at: now + 2, correct: true, points: 983 }
		};
		const base = { seq: 0, pv: 1 };
		const twice = await Promise.all([p1, p2].map((p) => p.commit('CDEFHJ', answer, base)));
		expect(twice.map((c) => (c.ok ? 'written' : c.why)).sort()).toEqual(['duplicate', 'written']);
		expect(await p2.commit('CDEFHJ', answer, { seq: 0, pv: 0 })).toMatchObject({ why: 'stale' });

		const loaded = (await p2.load('CDEFHJ'))!;
		expect(loaded).toMatchObject({ seq: 3, pv: 1, hostHash: 'h' });
		expect(loaded.room).toMatchObject({ phase: 'open', index: 0, players: [lan] });
		expect(loaded.room.answers).toHaveLength(1);
		expect(await p1.commit('GONE99', answer, base)).toMatchObject({ ok: false, why: 'gone' });
		await Promise.all([one.quit(), two.quit()]);
	});
});

describe('two server processes on one Redis', () => {
	let a: Started;
	let b: Started;
	beforeAll(async () => {
		[a, b] = await Promise.all([start(), start()]);
	});
	afterAll(() => Promise.all([stop(a), stop(b)]));

	it('serve one room: host on one, students on the other, each answer counted once', async () => {
		const host = await connect(b.url);
		host.send({ type: 'host.create', questionIds: LIVE_QUESTIONS.map((q) => q.id), seconds: 60 });
		const { code, hostToken } = await host.next('host.welcome');

		const lan = await connect(a.url);
		lan.send({ type: 'join', code, nickname: 'Lan' });
		const seat = await lan.next('seat');
		const joined = hostView(
			await host.next('state', (m) => hostView(m).players.some((p) => p.connected))
		);
		expect(joined.players).toEqual([
			expect.objectContaining({ nickname: 'Lan', connected: true, answered: false })
		]);

		host.send({ type: 'host.command', command: 'start' });
		expect(playerView(await lan.next('state', (m) => m.view.phase === 'open')).key).toBeNull();
		// The same answer through both processes at once: one is stored, both are told it is.
		const again = await connect(b.url);
		again.send({ type: 'rejoin', code, playerId: seat.playerId, seatToken: seat.seatToken });
		await again.next('state');
		lan.send({ type: 'answer', question: 0, choices: [2] });
		again.send({ type: 'answer', question: 0, choices: [2] });
		lan.send({ type: 'answer', question: 0, choices: [2] });
		for (const c of [lan, again, lan])
			expect(await c.next('answered')).toMatchObject({ question: 0, accepted: true });
		const counted = hostView(await host.next('state', (m) => hostView(m).answeredCount > 0));
		expect(counted).toMatchObject({ answeredCount: 1, counts: [0, 0, 1, 0] });

		host.send({ type: 'host.command', command: 'reveal' });
		const revealed = playerView(await lan.next('state', (m) => m.view.phase === 'revealed'));
		expect(revealed).toMatchObject({ correct: true, key: { answer: [2] } });
		expect(revealed.score).toBeGreaterThan(500);

		// Redis holds the room for 30 days, and only hashes of the tokens.
		const inspect = new Redis(redis.url);
		const keys = await inspect.keys(`live:{${code}}:*`);
		expect(keys.sort()).toEqual(
			['answers', 'nicks', 'players', 'room'].map((k) => `live:{${code}}:${k}`)
		);
		for (const key of keys) {
			const ttl = await inspect.pttl(key);
			expect(ttl).toBeGreaterThan(KEEP_MS - 60_000);
			expect(ttl).toBeLessThanOrEqual(KEEP_MS);
		}
		const dump = JSON.stringify(await Promise.all(keys.map((k) => inspect.hgetall(k))));
		expect(dump).not.toContain(hostToken);
		expect(dump).not.toContain(seat.seatToken);
		await inspect.quit();
		for (const c of [host, lan, again]) c.close();
	});

	it('give one seat per nickname, however many ask for it through both at once', async () => {
		const host = await connect(a.url);
		host.send({ type: 'host.create', questionIds: [LIVE_QUESTIONS[0]!.id], seconds: 60 });
		const { code } = await host.next('host.welcome');
		const phones = await Promise.all(
			Array.from({ length: 12 }, (_, i) => connect(i % 2 ? a.url : b.url))
		);
		for (const p of phones) p.send({ type: 'join', code, nickname: 'Minh' });
		const replies = await Promise.all(phones.map((p) => p.next(['seat', 'error'])));
		expect(replies.filter((r) => r.type === 'seat')).toHaveLength(1);
		expect(
			replies.filter((r) => r.type === 'error').map((r) => r.type === 'error' && r.code)
		).toEqual(Array(11).fill('nickname-taken'));
		for (const c of [host, ...phones]) c.close();
	});

	it('catch up on a change whose message never came, and see a phone on the other leave', async () => {
		const host = await connect(b.url);
		host.send({ type: 'host.create', questionIds: [LIVE_QUESTIONS[0]!.id], seconds: 60 });
		const { code } = await host.next('host.welcome');
		const lan = await connect(a.url);
		lan.send({ type: 'join', code, nickname: 'Lan' });
		const { playerId } = await lan.next('seat');
		await host.next('state', (m) => hostView(m).players[0]?.connected === true);
		host.send({ type: 'host.command', command: 'start' });
		await lan.next('state', (m) => m.view.phase === 'open');

		// An answer written as a script would, but its message lost (a dropped subscription).
		const admin = new Redis(redis.url);
		const seq = await admin.hincrby(`live:{${code}}:room`, 'seq', 1);
		const answer = { player: playerId, question: 0, choices: [2], at: Date.now(), correct: true };
		await admin.hset(
			`live:{${code}}:answers`,
			`${playerId}:0`,
			`${seq} ${JSON.stringify({ ...answer, points: 900 })}`
		);
		await admin.quit();

		// The reveal comes after a gap: both processes reload the room and count the answer.
		host.send({ type: 'host.command', command: 'reveal' });
		const shown = hostView(await host.next('state', (m) => m.view.phase === 'revealed'));
		expect(shown).toMatchObject({ answeredCount: 1, counts: [0, 0, 1, 0] });
		const seen = playerView(await lan.next('state', (m) => m.view.phase === 'revealed'));
		expect(seen).toMatchObject({ choices: [2], correct: true, score: 900 });

		lan.close();
		await host.next('state', (m) => hostView(m).players[0]?.connected === false);
		host.close();
	});

	it('count wrong codes from one address across both processes: locked after 20', async () => {
		const codes: string[] = [];
		// From its own loopback address, so that the lock does not reach the other tests.
		for (let i = 0; i < 30; i++) {
			const bot = new TestClient(i % 2 ? a.url : b.url, undefined, '127.0.0.2');
			await bot.open();
			bot.send({ type: 'join', code: 'AAAAAA', nickname: `bot${i}` });
			codes.push((await bot.next('error')).code);
			bot.close();
		}
		expect(codes).toEqual([...Array(20).fill('bad-code'), ...Array(10).fill('locked')]);
	});

	it('keep the room when one process restarts: same seat, same score, the host still in charge', async () => {
		const host = await connect(b.url);
		host.send({ type: 'host.create', questionIds: LIVE_QUESTIONS.map((q) => q.id), seconds: 60 });
		const { code } = await host.next('host.welcome');
		const lan = await connect(a.url);
		lan.send({ type: 'join', code, nickname: 'Lan' });
		const seat = await lan.next('seat');
		host.send({ type: 'host.command', command: 'start' });
		await lan.next('state', (m) => m.view.phase === 'open');
		lan.send({ type: 'answer', question: 0, choices: [2] });
		await lan.next('answered');
		host.send({ type: 'host.command', command: 'reveal' });
		const before = playerView(await lan.next('state', (m) => m.view.phase === 'revealed'));

		await stop(a);
		a = await start();
		const back = await connect(a.url);
		back.send({ type: 'rejoin', code, playerId: seat.playerId, seatToken: seat.seatToken });
		expect(playerView(await back.next('state'))).toMatchObject({
			phase: 'revealed',
			nickname: 'Lan',
			score: before.score,
			choices: [2]
		});
		host.send({ type: 'host.command', command: 'next' });
		const next = playerView(await back.next('state', (m) => m.view.phase === 'open'));
		expect(next.index).toBe(1);
		back.send({ type: 'answer', question: 1, choices: [1] });
		await back.next('answered');
		// The restarted process says the seat is connected through it (a moment after the answer).
		const counted = hostView(
			await host.next(
				'state',
				(m) => hostView(m).answeredCount === 1 && hostView(m).players[0]!.connected
			)
		);
		expect(counted.players).toEqual([
			expect.objectContaining({ nickname: 'Lan', connected: true, answered: true })
		]);
		for (const c of [host, lan, back]) c.close();
	});
});
