import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_VOTES } from '../core/game-votes';
import type { GameHostView, GamePlayerView } from '../core/protocol';
import { attachLive } from './attach';
import { TestClient } from './test-client';

// The class game over real sockets: the hub, the SQLite store and the core, as served.
const dir = mkdtempSync(path.join(tmpdir(), 'crm-lab-game-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function start() {
	const server = createServer((_req, res) => res.end('ok'));
	const live = attachLive(server, { file: path.join(dir, 'game.sqlite'), questions: () => null });
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const stop = () =>
		new Promise<void>((resolve) => {
			live.close();
			server.close(() => resolve());
		});
	return { url: `ws://127.0.0.1:${port}/live`, stop };
}

async function connect(url: string) {
	const client = new TestClient(url);
	await client.open();
	return client;
}

const hostState = async (c: TestClient, accept: (v: GameHostView) => boolean) =>
	(await c.next('state', (m) => m.view.role === 'host' && accept(m.view as GameHostView)))
		.view as GameHostView;
const phoneState = async (c: TestClient, accept: (v: GamePlayerView) => boolean) =>
	(await c.next('state', (m) => m.view.role === 'player' && accept(m.view as GamePlayerView)))
		.view as GamePlayerView;

describe('a class game on the live server', () => {
	it('counts votes live, plays the winner, and resumes after a restart', async () => {
		let server = await start();
		const host = await connect(server.url);
		host.send({ type: 'host.game', scenario: 'bank', quarters: 2, seconds: 120, seed: 3 });
		const { code, hostToken } = await host.next('host.welcome');
		const lobby = await hostState(host, (v) => v.phase === 'lobby');
		expect(lobby).toMatchObject({ kind: 'game', total: 2, scenario: { id: 'bank' } });

		const phones = await Promise.all(['An', 'Bình', 'Chi'].map(() => connect(server.url)));
		const seats = [];
		for (const [i, phone] of phones.entries()) {
			phone.send({ type: 'join', code, nickname: `SV ${i + 1}` });
			seats.push(await phone.next('seat'));
		}
		host.send({ type: 'host.command', command: 'start' });
		for (const phone of phones) await phoneState(phone, (v) => v.phase === 'open');

		// One vote each; the first changes its mind; a repeat changes nothing.
		const votes = [0, 1, 1];
		phones.forEach((phone, i) => phone.send({ type: 'vote', quarter: 0, option: votes[i]! }));
		phones[0]!.send({ type: 'vote', quarter: 0, option: 2 });
		phones[0]!.send({ type: 'vote', quarter: 0, option: 2 });
		expect((await phoneState(phones[0]!, (v) => v.choice === 2)).choice).toBe(2);
		await hostState(host, (v) => v.votedCount === 3 && v.counts[2] === 1);
		expect(host.received.filter((m) => m.type === 'error')).toEqual([]);

		// The server dies mid-vote and comes back: the votes are still there.
		await server.stop();
		server = await start();
		const back = await connect(server.url);
		back.send({ type: 'host.resume', code, hostToken });
		const resumed = await hostState(back, () => true);
		expect([resumed.phase, resumed.counts]).toEqual(['open', [0, 2, 1]]);
		const phone = await connect(server.url);
		const { playerId, seatToken } = seats[1]!;
		phone.send({ type: 'rejoin', code, playerId, seatToken });
		expect((await phoneState(phone, () => true)).choice).toBe(1);

		back.send({ type: 'host.command', command: 'close' });
		const played = await hostState(back, (v) => v.phase === 'revealed');
		expect(played.rounds).toEqual([
			expect.objectContaining({ quarter: 1, counts: [0, 2, 1], winner: 1, tie: false })
		]);
		expect(played.reports).toHaveLength(1);
		expect(played.reports[0]!.decisions.philosophy).toBe('selling');
		expect(played.options.map((o) => o.key)).toEqual(DEFAULT_VOTES[1]);
		const result = await phoneState(phone, (v) => v.phase === 'revealed');
		expect(result.result).toMatchObject({ votes: 2, tie: false });
		expect(result.result!.said).toMatch(/^Quý 1:/);

		// The lecturer sets the next moves; a vote after the close is refused.
		back.send({ type: 'host.moves', moves: ['don-brand', 'tang-gia'] });
		await hostState(back, (v) => v.options[0]?.key === 'don-brand');
		phone.send({ type: 'vote', quarter: 0, option: 0 });
		expect(await phone.next('error')).toMatchObject({ code: 'not-open' });
		back.send({ type: 'host.command', command: 'next' });
		await phoneState(phone, (v) => v.phase === 'open' && v.options[0]?.key === 'don-brand');
		back.send({ type: 'host.command', command: 'close' });
		const second = await hostState(back, (v) => v.phase === 'revealed' && v.index === 1);
		expect(second.rounds[1]).toMatchObject({ winner: null, counts: [0, 0] });
		expect(second.reports[1]!.decisions).toEqual(second.reports[0]!.decisions);
		back.send({ type: 'host.command', command: 'next' });
		await hostState(back, (v) => v.phase === 'ended');
		for (const c of [host, back, phone, ...phones]) c.close();
		await server.stop();
	});

	it('refuses an unknown firm and a vote in a quiz', async () => {
		const server = await start();
		const host = await connect(server.url);
		host.send({ type: 'host.game', scenario: 'khong-co', quarters: 2, seconds: 60, seed: 1 });
		expect(await host.next('error')).toMatchObject({ code: 'no-scenario' });
		host.send({
			type: 'host.game',
			scenario: 'bank',
			quarters: 2,
			seconds: 60,
			seed: 1,
			moves: ['giam-gia', 'giam-gia']
		});
		expect(await host.next('error')).toMatchObject({ code: 'bad-moves' });
		const phone = await connect(server.url);
		phone.send({ type: 'vote', quarter: 0, option: 0 });
		expect(await phone.next('error')).toMatchObject({ code: 'bad-seat' });
		host.close();
		phone.close();
		await server.stop();
	});
});
