import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { POLICIES } from '../../simulation/core';
import type {
	TournamentHostView,
	TournamentServerMessage,
	TournamentTeamView
} from '../core/tournament-protocol';
import { attachTournament, readScenarios } from './tournament-attach';
import { TournamentHub } from './tournament-hub';
import { TournamentStore } from './tournament-store';
import { TournamentTestClient } from './tournament-test-client';

const dir = mkdtempSync(path.join(tmpdir(), 'crm-lab-tournament-'));
const scenarios = readScenarios(path.resolve(import.meta.dirname, '../../../../content/scenarios'));
const coffee = scenarios('coffee')!;
const balanced = POLICIES.balanced!.decide(coffee, 0);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A hub on fake sockets and a clock the test moves: deadlines without waiting for them. */
function fakeHub(store: TournamentStore, clock: { now: number }) {
	const hub = new TournamentHub({ store, scenarios, now: () => clock.now });
	const client = () => {
		const inbox: TournamentServerMessage[] = [];
		const socket = {
			send: (text: string) => void inbox.push(JSON.parse(text) as TournamentServerMessage),
			close: () => {}
		};
		const link = hub.connect(socket, '127.0.0.1');
		const last = <T extends TournamentServerMessage['type']>(type: T) =>
			inbox.findLast((m) => m.type === type) as Extract<TournamentServerMessage, { type: T }>;
		return { send: (m: object) => link.message(JSON.stringify(m)), inbox, last };
	};
	return { hub, client };
}

const hostView = (m: { view: unknown }) => m.view as TournamentHostView;
const teamView = (m: { view: unknown }) => m.view as TournamentTeamView;

describe('the tournament server', () => {
	it('resumes after a restart mid-quarter, and plays a deadline missed while it was down', () => {
		const store = new TournamentStore(path.join(dir, 'restart.sqlite'));
		const clock = { now: 1_000_000 };
		let { hub, client } = fakeHub(store, clock);
		const host = client();
		host.send({ type: 'create', scenario: 'coffee', seed: 3, quarters: 4, seconds: 60 });
		const { code, hostToken } = host.last('welcome');
		const teams = ['Sao Mai', 'Hoa Sen'].map((name) => {
			const team = client();
			team.send({ type: 'join', code, name });
			return { ...team.last('seat'), name };
		});
		host.send({ type: 'command', command: 'start' });
		const a = client();
		a.send({ type: 'rejoin', code, teamId: teams[0]!.teamId, seatToken: teams[0]!.seatToken });
		a.send({ type: 'decide', quarter: 0, decisions: { ...balanced, price: 1.2 } });
		expect(a.last('decided')).toEqual({ type: 'decided', quarter: 0 });
		expect(teamView(a.last('state')).decisions!.price).toBe(1.2);

		// The process goes down mid-quarter; another starts on the same file.
		hub.stop();
		({ hub, client } = fakeHub(store, clock));
		const back = client();
		back.send({ type: 'rejoin', code, teamId: teams[0]!.teamId, seatToken: teams[0]!.seatToken });
		expect(teamView(back.last('state'))).toMatchObject({ phase: 'deciding', quarter: 0 });
		expect(teamView(back.last('state')).decisions!.price).toBe(1.2);
		const projector = client();
		projector.send({ type: 'resume', code, hostToken });
		expect(hostView(projector.last('state')).teams.map((x) => x.decided)).toEqual([true, false]);

		// Down again past the deadline: the next start plays the quarter, the silent team flagged.
		hub.stop();
		clock.now += 61_000;
		({ hub, client } = fakeHub(store, clock));
		const later = client();
		later.send({ type: 'resume', code, hostToken });
		const view = hostView(later.last('state'));
		expect(view).toMatchObject({ phase: 'deciding', quarter: 1, played: 1 });
		expect(view.board.find((r) => r.name === 'Hoa Sen')!.carried).toBe(true);
		expect(view.board.find((r) => r.name === 'Sao Mai')!.carried).toBe(false);
		expect(view.remainingMs).toBe(60_000);
		hub.stop();
		store.close();
	});

	it('refuses a wrong host token, a late join and a decision from no team', () => {
		const store = new TournamentStore(':memory:');
		const { hub, client } = fakeHub(store, { now: 5_000 });
		const host = client();
		host.send({ type: 'create', scenario: 'coffee', seed: 1, quarters: 2, seconds: 30 });
		const { code } = host.last('welcome');
		const other = client();
		other.send({ type: 'resume', code, hostToken: 'x'.repeat(24) });
		expect(other.last('error').code).toBe('not-host');
		other.send({ type: 'command', command: 'start' });
		expect(other.last('error').code).toBe('not-host');
		other.send({ type: 'decide', quarter: 0, decisions: balanced });
		expect(other.last('error').code).toBe('bad-seat');
		const team = client();
		team.send({ type: 'join', code, name: 'Một' });
		host.send({ type: 'command', command: 'start' });
		const late = client();
		late.send({ type: 'join', code, name: 'Muộn' });
		expect(late.last('error').message).toMatch(/đã bắt đầu/);
		hub.stop();
		store.close();
	});

	it('serves teams over WebSocket: a quarter plays once every team has decided', async () => {
		const server = createServer((_req, res) => res.end('ok'));
		const live = attachTournament(server, { file: path.join(dir, 'ws.sqlite'), scenarios });
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/live/giai-dau`;
		const stranger = new TournamentTestClient(url, 'http://evil.example');
		await expect(stranger.open()).rejects.toThrow(/403/);

		const host = new TournamentTestClient(url);
		await host.open();
		host.send({ type: 'create', scenario: 'coffee', seed: 2, quarters: 2, seconds: 120 });
		const { code } = await host.next('welcome');
		const teams = await Promise.all(
			['Sao Mai', 'Hoa Sen'].map(async (name) => {
				const team = new TournamentTestClient(url);
				await team.open();
				team.send({ type: 'join', code: code.toLowerCase(), name });
				await team.next('seat');
				return team;
			})
		);
		host.send({ type: 'command', command: 'start' });
		for (const [i, team] of teams.entries()) {
			await team.next('state', (m) => m.view.phase === 'deciding');
			team.send({ type: 'decide', quarter: 0, decisions: { ...balanced, price: 1 + i * 0.3 } });
		}
		const after = teamView(await teams[1]!.next('state', (m) => m.view.played === 1));
		expect(after.reports).toHaveLength(1);
		expect(after.board.map((r) => r.name).sort()).toEqual(['Hoa Sen', 'Sao Mai']);
		const board = hostView(await host.next('state', (m) => m.view.played === 1)).board;
		expect(board[0]!.firmValue).toBeGreaterThan(0);
		host.send({ type: 'command', command: 'end' });
		const ended = hostView(await host.next('state', (m) => m.view.phase === 'ended'));
		expect(ended.debrief!.teams).toHaveLength(2);
		expect(ended.csv!.split('\r\n')[0]).toMatch(/^ma_giai,doi,quy/);
		for (const c of [host, ...teams]) c.close();
		live.close();
		await new Promise<void>((resolve) => server.close(() => resolve()));
	});
});
