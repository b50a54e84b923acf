import { decidedTeams, type Tournament } from './tournament';
import { debrief, leaderboard, tournamentCsv } from './tournament-board';
import type { TournamentMarket } from './tournament-market';
import type { TournamentHostView, TournamentTeamView } from './tournament-protocol';

const remaining = (t: Tournament, now: number) =>
	t.phase === 'deciding' && t.deadline !== null
		? Math.max(0, t.deadline - now)
		: t.phase === 'paused'
			? t.remainingMs
			: null;

function common(t: Tournament, market: TournamentMarket | null, now: number) {
	const histories = market?.histories() ?? [];
	return {
		code: t.code,
		scenario: t.scenario,
		phase: t.phase,
		quarter: t.quarter,
		quarters: t.quarters,
		played: t.played.length,
		seconds: t.seconds,
		remainingMs: remaining(t, now),
		board: leaderboard(t, histories)
	};
}

/** The projector's view: every team, who has decided, the leaderboard, the debrief at the end. */
export function tournamentHostView(
	t: Tournament,
	market: TournamentMarket | null,
	now: number,
	connected: ReadonlySet<string>,
	joinOrigin: string | null
): TournamentHostView {
	const decided = decidedTeams(t);
	const histories = market?.histories() ?? [];
	const ended = t.phase === 'ended';
	return {
		...common(t, market, now),
		role: 'host',
		seed: t.seed,
		joinOrigin,
		teams: t.teams.map((team) => ({
			id: team.id,
			name: team.name,
			connected: connected.has(team.id),
			decided: decided.has(team.id)
		})),
		debrief: ended ? debrief(t, histories) : null,
		csv: ended ? tournamentCsv(t, histories) : null
	};
}

/** A team's view: its own firm in full, the others only as the leaderboard shows them. */
export function tournamentTeamView(
	t: Tournament,
	market: TournamentMarket | null,
	teamId: string,
	now: number
): TournamentTeamView {
	const index = t.teams.findIndex((team) => team.id === teamId);
	const reports = market && index >= 0 ? [...market.history(index)] : [];
	return {
		...common(t, market, now),
		role: 'team',
		teamId,
		name: t.teams[index]?.name ?? '',
		decisions: t.pending[teamId] ?? null,
		lastDecisions: reports.at(-1)?.decisions ?? null,
		reports
	};
}
