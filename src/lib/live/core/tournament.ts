/**
 * The team tournament's rules: teams run rival firms on one market (simulation/core/market.ts),
 * a quarter at a time, each quarter with a deadline on the server's clock. Pure functions
 * `(tournament, event, now, scenario) → tournament`, or a LiveError with the sentence to show.
 * The quarters are played by tournament-market.ts from what this state records.
 */
import { checkDecisions, type Decisions, type Scenario } from '../../simulation/core';
import { startingDecisions } from '../../simulation/present/budget';
import { LiveError } from './errors';
import { nicknameKey, normaliseNickname } from './nickname';

export const TOURNAMENT = {
	/** Teams on one market: a class in groups, not a crowd. */
	maxTeams: 40,
	quarters: { min: 1, max: 12, default: 8 },
	/** Seconds to decide a quarter (a short one for a demonstration, up to half an hour). */
	seconds: { min: 5, max: 1800, default: 300 },
	/** Most seconds one "extend" adds. */
	extendMax: 600
} as const;

export type TournamentPhase = 'lobby' | 'deciding' | 'paused' | 'ended';

export type Team = { id: string; name: string; joinedAt: number };

/** One team's decisions in a played quarter; `carried`: it did not decide, last ones kept. */
export type PlayedDecision = { decisions: Decisions; carried: boolean };

export type Tournament = {
	code: string;
	createdAt: number;
	scenario: string;
	seed: number;
	quarters: number;
	/** Seconds to decide each quarter. */
	seconds: number;
	phase: TournamentPhase;
	/** The quarter being decided (0-based); the number played is `played.length`. */
	quarter: number;
	/** When the quarter's decisions close (server clock). */
	deadline: number | null;
	/** Time left to decide while paused. */
	remainingMs: number | null;
	teams: Team[];
	/** The decisions sent for the quarter being decided, by team id (the last one counts). */
	pending: Record<string, Decisions>;
	/** The quarters played: `played[q][i]` is what team `teams[i]` played in quarter q + 1. */
	played: PlayedDecision[][];
};

export type TournamentCommand = 'start' | 'pause' | 'resume' | 'close' | 'end';

export type TournamentEvent =
	| { type: 'join'; teamId: string; name: string }
	| { type: 'decide'; teamId: string; quarter: number; decisions: Decisions }
	| { type: 'extend'; seconds: number }
	| { type: 'tick' }
	| { type: TournamentCommand };

const clampInt = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(x)));

export function newTournament(
	code: string,
	setup: { scenario: string; seed: number; quarters: number; seconds: number },
	now: number
): Tournament {
	const { quarters, seconds } = TOURNAMENT;
	return {
		code,
		createdAt: now,
		scenario: setup.scenario,
		seed: Math.trunc(setup.seed),
		quarters: clampInt(setup.quarters, quarters.min, quarters.max),
		seconds: clampInt(setup.seconds, seconds.min, seconds.max),
		phase: 'lobby',
		quarter: 0,
		deadline: null,
		remainingMs: null,
		teams: [],
		pending: {},
		played: []
	};
}

const refuse = (phase: TournamentPhase, what: string): never => {
	throw new LiveError('bad-command', `Không thể "${what}" khi giải đấu đang ở bước "${phase}".`);
};

/**
 * The tournament after one event at server time `now`. A quarter is played (recorded in
 * `played`) at its deadline, when every team has decided, or when the host closes it.
 */
export function applyTournamentEvent(
	t: Tournament,
	event: TournamentEvent,
	now: number,
	scenario: Scenario
): Tournament {
	if (t.phase === 'ended' && event.type !== 'tick')
		throw new LiveError('room-ended', 'Giải đấu này đã kết thúc.');
	switch (event.type) {
		case 'join':
			return join(t, event.teamId, event.name, now);
		case 'decide':
			return decide(t, event, now, scenario);
		case 'tick':
			return t.phase === 'deciding' && t.deadline !== null && now >= t.deadline
				? closeQuarter(t, now, scenario)
				: t;
		case 'start':
			if (t.phase !== 'lobby') return refuse(t.phase, 'bắt đầu');
			if (t.teams.length === 0) throw new LiveError('bad-command', 'Chưa có đội nào vào giải đấu.');
			return { ...t, phase: 'deciding', quarter: 0, deadline: now + t.seconds * 1000 };
		case 'pause':
			if (t.phase !== 'deciding') return refuse(t.phase, 'tạm dừng');
			return {
				...t,
				phase: 'paused',
				remainingMs: Math.max(0, (t.deadline ?? now) - now),
				deadline: null
			};
		case 'resume':
			if (t.phase !== 'paused') return refuse(t.phase, 'tiếp tục');
			return { ...t, phase: 'deciding', deadline: now + (t.remainingMs ?? 0), remainingMs: null };
		case 'extend': {
			const ms = clampInt(event.seconds, 1, TOURNAMENT.extendMax) * 1000;
			if (t.phase === 'deciding') return { ...t, deadline: Math.max(t.deadline ?? now, now) + ms };
			if (t.phase === 'paused') return { ...t, remainingMs: (t.remainingMs ?? 0) + ms };
			return refuse(t.phase, 'gia hạn');
		}
		case 'close':
			return t.phase === 'deciding' || t.phase === 'paused'
				? closeQuarter(t, now, scenario)
				: refuse(t.phase, 'chốt quý');
		case 'end':
			return { ...t, phase: 'ended', deadline: null, remainingMs: null, pending: {} };
	}
}

function join(t: Tournament, teamId: string, input: string, now: number): Tournament {
	const name = normaliseNickname(input);
	if (!name) throw new LiveError('nickname-invalid', 'Tên đội cần từ 1 đến 20 ký tự.');
	if (t.phase !== 'lobby')
		throw new LiveError('bad-command', 'Giải đấu đã bắt đầu, không nhận thêm đội.');
	const key = nicknameKey(name);
	if (t.teams.some((team) => nicknameKey(team.name) === key))
		throw new LiveError('nickname-taken', `Đã có đội tên "${name}". Hãy chọn tên khác.`);
	if (t.teams.length >= TOURNAMENT.maxTeams)
		throw new LiveError('room-full', `Giải đấu đã đủ ${TOURNAMENT.maxTeams} đội.`);
	return { ...t, teams: [...t.teams, { id: teamId, name, joinedAt: now }] };
}

function decide(
	t: Tournament,
	event: { teamId: string; quarter: number; decisions: Decisions },
	now: number,
	scenario: Scenario
): Tournament {
	if (!t.teams.some((team) => team.id === event.teamId))
		throw new LiveError('bad-seat', 'Đội của bạn không có trong giải đấu này.');
	const open = t.phase === 'deciding' || t.phase === 'paused';
	const late = t.phase === 'deciding' && t.deadline !== null && now >= t.deadline;
	if (!open || event.quarter !== t.quarter || late)
		throw new LiveError('not-open', 'Quý này đã chốt, quyết định không được tính.');
	const errors = checkDecisions(scenario, event.decisions);
	if (errors.length)
		throw new LiveError('bad-answer', `Quyết định không hợp lệ (${errors[0]!.field}).`);
	const next = {
		...t,
		pending: { ...t.pending, [event.teamId]: structuredClone(event.decisions) }
	};
	// Every team has decided: the class need not wait for the clock.
	const all = next.teams.every((team) => next.pending[team.id]);
	return all && t.phase === 'deciding' ? closeQuarter(next, now, scenario) : next;
}

/** What a team plays this quarter: its decisions, else last quarter's (flagged as carried). */
export function decisionsFor(t: Tournament, index: number, scenario: Scenario): PlayedDecision {
	const sent = t.pending[t.teams[index]!.id];
	if (sent) return { decisions: sent, carried: false };
	const last = t.played.at(-1)?.[index]?.decisions;
	return { decisions: structuredClone(last ?? startingDecisions(scenario)), carried: true };
}

function closeQuarter(t: Tournament, now: number, scenario: Scenario): Tournament {
	const row = t.teams.map((_, i) => decisionsFor(t, i, scenario));
	const played = [...t.played, row];
	const done = played.length >= t.quarters;
	return {
		...t,
		played,
		pending: {},
		phase: done ? 'ended' : 'deciding',
		quarter: done ? t.quarter : t.quarter + 1,
		deadline: done ? null : now + t.seconds * 1000,
		remainingMs: null
	};
}

/** The teams that have sent decisions for the quarter being decided. */
export const decidedTeams = (t: Tournament) => new Set(Object.keys(t.pending));
