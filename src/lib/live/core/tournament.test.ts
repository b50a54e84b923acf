import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario, POLICIES, type Decisions } from '../../simulation/core';
import { startingDecisions } from '../../simulation/present/budget';
import { LiveError } from './errors';
import {
	applyTournamentEvent,
	newTournament,
	type Tournament,
	type TournamentEvent
} from './tournament';
import { debrief, leaderboard, tournamentCsv } from './tournament-board';
import { marketFor, TournamentMarket } from './tournament-market';
import { parseTournamentMessage } from './tournament-messages';

const scenario = parseScenario(
	JSON.parse(
		readFileSync(
			path.resolve(import.meta.dirname, '../../../../content/scenarios/coffee.json'),
			'utf8'
		)
	)
);
const balanced: Decisions = POLICIES.balanced!.decide(scenario, 0);
const dear: Decisions = { ...balanced, price: 1.5 };

const T0 = 1_000_000;
const run = (t: Tournament, events: [TournamentEvent, number][]) =>
	events.reduce((s, [e, now]) => applyTournamentEvent(s, e, now, scenario), t);
const fresh = (quarters = 3, seconds = 60) =>
	newTournament('ACDEFH', { scenario: 'coffee', seed: 1, quarters, seconds }, T0);
const withTeams = (names = ['Sao Mai', 'Hoa Sen', 'Đồng Tâm']) =>
	run(
		fresh(),
		names.map((name, i) => [{ type: 'join', teamId: `team-${i}`, name }, T0])
	);
const refused = (t: Tournament, e: TournamentEvent, now: number) => {
	try {
		applyTournamentEvent(t, e, now, scenario);
	} catch (error) {
		return (error as LiveError).code;
	}
	return null;
};

describe('tournament: joining and starting', () => {
	it('normalises team names and refuses a second team of the same name', () => {
		const t = withTeams(['  Sao   Mai ', 'Hoa Sen']);
		expect(t.teams.map((x) => x.name)).toEqual(['Sao Mai', 'Hoa Sen']);
		expect(refused(t, { type: 'join', teamId: 'x', name: 'sao mai' }, T0)).toBe('nickname-taken');
		expect(refused(t, { type: 'join', teamId: 'x', name: '   ' }, T0)).toBe('nickname-invalid');
	});

	it('starts only with a team, and then takes no more teams', () => {
		expect(refused(fresh(), { type: 'start' }, T0)).toBe('bad-command');
		const t = run(withTeams(), [[{ type: 'start' }, T0 + 5]]);
		expect(t).toMatchObject({ phase: 'deciding', quarter: 0, deadline: T0 + 5 + 60_000 });
		expect(refused(t, { type: 'join', teamId: 'late', name: 'Muộn' }, T0)).toBe('bad-command');
	});

	it('keeps quarters and seconds inside their limits', () => {
		const t = newTournament('ACDEFH', { scenario: 'coffee', seed: 2, quarters: 99, seconds: 1 }, 0);
		expect([t.quarters, t.seconds]).toEqual([12, 5]);
	});
});

describe('tournament: deciding a quarter', () => {
	const started = () => run(withTeams(), [[{ type: 'start' }, T0]]);
	const decide = (i: number | string, d: Decisions, quarter = 0): TournamentEvent => ({
		type: 'decide',
		teamId: typeof i === 'string' ? i : `team-${i}`,
		quarter,
		decisions: d
	});

	it('counts the last decisions a team sends before the deadline', () => {
		const t = run(started(), [
			[decide(0, balanced), T0 + 1000],
			[decide(0, dear), T0 + 2000]
		]);
		expect(t.pending['team-0']!.price).toBe(1.5);
		expect(t.played).toHaveLength(0);
	});

	it('plays the quarter at once when every team has decided', () => {
		const t = run(started(), [
			[decide(0, balanced), T0 + 1],
			[decide(1, dear), T0 + 2],
			[decide(2, balanced), T0 + 3]
		]);
		expect(t.played).toHaveLength(1);
		expect(t.played[0]!.map((p) => p.carried)).toEqual([false, false, false]);
		expect(t).toMatchObject({ quarter: 1, pending: {}, deadline: T0 + 3 + 60_000 });
	});

	it('keeps last quarter’s decisions for a team that missed the deadline, and says so', () => {
		let t = run(started(), [
			[decide(0, balanced), T0 + 1],
			[decide(1, dear), T0 + 2],
			[{ type: 'tick' }, T0 + 59_999]
		]);
		expect(t.played).toHaveLength(0);
		t = run(t, [[{ type: 'tick' }, T0 + 60_000]]);
		// In the first quarter, a team that never decided plays the game's starting decisions.
		expect(t.played[0]![2]).toEqual({ decisions: startingDecisions(scenario), carried: true });
		t = run(t, [
			[decide(0, balanced, 1), T0 + 61_000],
			[{ type: 'tick' }, T0 + 120_000]
		]);
		expect(t.played[1]!.map((p) => p.carried)).toEqual([false, true, true]);
		expect(t.played[1]![1]!.decisions.price).toBe(1.5);
	});

	it('refuses late, wrong-quarter and invalid decisions', () => {
		const t = started();
		expect(refused(t, decide(0, balanced), T0 + 60_000)).toBe('not-open');
		expect(refused(t, decide(0, balanced, 1), T0)).toBe('not-open');
		expect(refused(t, decide(0, { ...balanced, price: 3 }), T0)).toBe('bad-answer');
		expect(refused(t, decide('nobody', balanced), T0)).toBe('bad-seat');
	});

	it('pauses with the time left, extends, and resumes', () => {
		let t = run(started(), [[{ type: 'pause' }, T0 + 10_000]]);
		expect(t).toMatchObject({ phase: 'paused', remainingMs: 50_000, deadline: null });
		t = run(t, [
			[{ type: 'extend', seconds: 30 }, T0 + 20_000],
			[{ type: 'resume' }, T0 + 100_000]
		]);
		expect(t).toMatchObject({ phase: 'deciding', deadline: T0 + 180_000 });
		t = run(t, [[{ type: 'extend', seconds: 15 }, T0 + 100_000]]);
		expect(t.deadline).toBe(T0 + 195_000);
	});

	it('ends after the last quarter, or when the host ends it', () => {
		let t = run(started(), [[{ type: 'close' }, T0 + 1]]);
		t = run(t, [
			[{ type: 'close' }, T0 + 2],
			[{ type: 'close' }, T0 + 3]
		]);
		expect(t).toMatchObject({ phase: 'ended', deadline: null });
		expect(t.played).toHaveLength(3);
		expect(refused(t, { type: 'start' }, T0 + 4)).toBe('room-ended');
		expect(run(started(), [[{ type: 'end' }, T0 + 1]]).phase).toBe('ended');
	});
});

describe('tournament: the market, the leaderboard and the debrief', () => {
	const t = run(withTeams(), [
		[{ type: 'start' }, T0],
		...[0, 1, 2].flatMap((q): [TournamentEvent, number][] => [
			[{ type: 'decide', teamId: 'team-0', quarter: q, decisions: balanced }, T0 + q * 10 + 1],
			[{ type: 'decide', teamId: 'team-1', quarter: q, decisions: dear }, T0 + q * 10 + 2],
			[{ type: 'tick' }, T0 + (q + 1) * 60_000 + q * 10]
		])
	]);

	it('rebuilds the same market from the recorded quarters (a restarted server)', () => {
		const market = marketFor(t, scenario)!;
		const stepwise = new TournamentMarket(scenario, 1, 3);
		for (let q = 1; q <= 3; q++) stepwise.catchUp({ ...t, played: t.played.slice(0, q) });
		expect(market.histories()).toStrictEqual(stepwise.histories());
		expect(market.quarter).toBe(3);
	});

	it('ranks teams by firm value and flags the team that did not decide', () => {
		const board = leaderboard(t, marketFor(t, scenario)!.histories());
		expect(board.map((r) => r.rank)).toEqual([1, 2, 3]);
		expect(board[0]!.firmValue).toBeGreaterThanOrEqual(board[1]!.firmValue);
		expect(board.find((r) => r.name === 'Đồng Tâm')!.carried).toBe(true);
		expect(board.find((r) => r.name === 'Sao Mai')!.carried).toBe(false);
	});

	it('debriefs side by side, names the price gap, and exports every quarter as CSV', () => {
		const histories = marketFor(t, scenario)!.histories();
		const d = debrief(t, histories);
		expect(d.teams.map((x) => x.firmValue)).toHaveLength(3);
		expect(d.teams.every((x) => x.retention.length === 3)).toBe(true);
		expect(d.teams.find((x) => x.name === 'Đồng Tâm')!.carried).toBe(3);
		expect(d.spread.firmValue.gap).toBeCloseTo(d.spread.firmValue.best - d.spread.firmValue.worst);
		const leader = d.teams[0]!;
		// The cheaper firm won: the debrief names its price against the others' average.
		expect(leader.name).toBe('Sao Mai');
		expect(d.differences).toContainEqual({ kind: 'price', leader: 1, others: 1.25 });
		const csv = tournamentCsv(t, histories).trim().split('\r\n');
		expect(csv).toHaveLength(1 + 3 * 3);
		expect(csv[0]).toMatch(/^ma_giai,doi,quy,giu_quyet_dinh_cu,/);
		expect(csv.filter((line) => line.includes('Đồng Tâm,'))).toHaveLength(3);
	});
});

describe('tournament messages', () => {
	it.each([
		[{ type: 'create', scenario: 'coffee', seed: 1, quarters: 4, seconds: 60 }, true],
		[{ type: 'create', scenario: 'coffee', seed: 1, quarters: 40, seconds: 60 }, false],
		[{ type: 'decide', quarter: 0, decisions: balanced }, true],
		[{ type: 'decide', quarter: 0, decisions: { ...balanced, extra: 1 } }, false],
		[{ type: 'command', command: 'extend', seconds: 60 }, true],
		[{ type: 'command', command: 'reveal' }, false],
		[{ type: 'join', code: 'ACDEFH', name: '<img src=x>' }, true]
	])('%j is accepted: %s', (message, ok) => {
		expect(parseTournamentMessage(JSON.stringify(message)) !== null).toBe(ok);
	});
});
