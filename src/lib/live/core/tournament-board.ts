import {
	customerCentricity,
	LEVER_IDS,
	type LeverId,
	type PhilosophyId,
	type QuarterReport
} from '../../simulation/core';
import type { Tournament } from './tournament';

/** One team on the projector's leaderboard: the four headline figures of its firm. */
export type BoardRow = {
	id: string;
	name: string;
	rank: number;
	firmValue: number;
	/** The last quarter's retention and share satisfied. */
	retention: number;
	satisfied: number;
	/** 0–100, over the quarters played. */
	centricity: number;
	customers: number;
	/** It did not decide the last quarter played: its decisions before were kept. */
	carried: boolean;
};

/** The teams by firm value, highest first (ties keep the order of joining). */
export function leaderboard(
	t: Tournament,
	histories: readonly (readonly QuarterReport[])[]
): BoardRow[] {
	const rows = t.teams.map((team, i) => {
		const h = histories[i] ?? [];
		const last = h.at(-1);
		return {
			id: team.id,
			name: team.name,
			rank: 0,
			firmValue: last?.firmValue ?? 0,
			retention: last?.retentionRate ?? 0,
			satisfied: last?.satisfiedShare ?? 0,
			centricity: customerCentricity(h),
			customers: last?.customers ?? 0,
			carried: t.played.at(-1)?.[i]?.carried ?? false
		};
	});
	const sorted = [...rows].sort((a, b) => b.firmValue - a.firmValue);
	sorted.forEach((r, i) => (r.rank = i + 1));
	return sorted;
}

/** A team's whole run, quarter by quarter, for the debrief. */
export type DebriefTeam = {
	id: string;
	name: string;
	rank: number;
	centricity: number;
	firmValue: number[];
	retention: number[];
	satisfied: number[];
	profit: number[];
	customers: number[];
	price: number[];
	philosophy: PhilosophyId[];
	/** Each lever's share of the budget, by quarter. */
	spendShare: Record<LeverId, number[]>;
	/** Quarters the team did not decide in time. */
	carried: number;
};

/** Something the winning team did differently from the others, in the course's terms. */
export type Difference =
	| { kind: 'lever'; lever: LeverId; leader: number; others: number }
	| { kind: 'price'; leader: number; others: number }
	| { kind: 'philosophy'; leader: PhilosophyId; others: PhilosophyId }
	| { kind: 'retention' | 'satisfied'; leader: number; others: number };

export type Spread = { best: number; worst: number; gap: number };

export type Debrief = {
	teams: DebriefTeam[];
	differences: Difference[];
	spread: Record<'firmValue' | 'retention' | 'satisfied' | 'centricity', Spread>;
};

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const mostUsed = <T>(xs: readonly T[]): T => {
	const counts = new Map<T, number>();
	for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
};

/** Budget shares that differ by less than this are not worth a sentence. */
const LEVER_GAP = 0.04;
const PRICE_GAP = 0.05;
const RATE_GAP = 0.03;

/** The teams side by side, the spread between them, and what set the winner apart. */
export function debrief(t: Tournament, histories: readonly (readonly QuarterReport[])[]): Debrief {
	const board = leaderboard(t, histories);
	const rankOf = new Map(board.map((r) => [r.id, r.rank]));
	const teams = t.teams
		.map((team, i): DebriefTeam => {
			const h = histories[i] ?? [];
			const share = (r: QuarterReport, l: LeverId) =>
				r.budget ? r.decisions.spend[l] / r.budget : 0;
			return {
				id: team.id,
				name: team.name,
				rank: rankOf.get(team.id) ?? 0,
				centricity: customerCentricity(h),
				firmValue: h.map((r) => r.firmValue),
				retention: h.map((r) => r.retentionRate),
				satisfied: h.map((r) => r.satisfiedShare),
				profit: h.map((r) => r.profit),
				customers: h.map((r) => r.customers),
				price: h.map((r) => r.decisions.price),
				philosophy: h.map((r) => r.decisions.philosophy),
				spendShare: Object.fromEntries(
					LEVER_IDS.map((l) => [l, h.map((r) => share(r, l))])
				) as Record<LeverId, number[]>,
				carried: t.played.filter((row) => row[i]?.carried).length
			};
		})
		.sort((a, b) => a.rank - b.rank);
	return { teams, differences: differences(teams), spread: spreadOf(teams) };
}

function differences(teams: readonly DebriefTeam[]): Difference[] {
	const [leader, ...others] = teams;
	if (!leader || others.length === 0 || leader.price.length === 0) return [];
	const avgOthers = (pick: (x: DebriefTeam) => number) => mean(others.map(pick));
	const found: Difference[] = [];
	const lead = mostUsed(leader.philosophy);
	const rest = mostUsed(others.flatMap((o) => o.philosophy));
	if (lead !== rest) found.push({ kind: 'philosophy', leader: lead, others: rest });
	const levers = LEVER_IDS.map((lever) => ({
		kind: 'lever' as const,
		lever,
		leader: mean(leader.spendShare[lever]),
		others: avgOthers((o) => mean(o.spendShare[lever]))
	}))
		.filter((d) => Math.abs(d.leader - d.others) >= LEVER_GAP)
		.sort((a, b) => Math.abs(b.leader - b.others) - Math.abs(a.leader - a.others))
		.slice(0, 3);
	found.push(...levers);
	const price = { leader: mean(leader.price), others: avgOthers((o) => mean(o.price)) };
	if (Math.abs(price.leader - price.others) >= PRICE_GAP) found.push({ kind: 'price', ...price });
	for (const kind of ['retention', 'satisfied'] as const) {
		const d = { leader: mean(leader[kind]), others: avgOthers((o) => mean(o[kind])) };
		if (Math.abs(d.leader - d.others) >= RATE_GAP) found.push({ kind, ...d });
	}
	return found;
}

function spreadOf(teams: readonly DebriefTeam[]): Debrief['spread'] {
	const of = (xs: number[]): Spread => {
		const best = xs.length ? Math.max(...xs) : 0;
		const worst = xs.length ? Math.min(...xs) : 0;
		return { best, worst, gap: best - worst };
	};
	return {
		firmValue: of(teams.map((x) => x.firmValue.at(-1) ?? 0)),
		retention: of(teams.map((x) => mean(x.retention))),
		satisfied: of(teams.map((x) => mean(x.satisfied))),
		centricity: of(teams.map((x) => x.centricity))
	};
}

/** One CSV field: text quoted when needed, and a leading = + - @ defused (spreadsheet formulas). */
function field(value: string | number): string {
	if (typeof value === 'number') return String(Math.round(value * 1000) / 1000);
	const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The session as CSV: one row per team and quarter, decisions then results. */
export function tournamentCsv(t: Tournament, histories: readonly (readonly QuarterReport[])[]) {
	const header = [
		'ma_giai',
		'doi',
		'quy',
		'giu_quyet_dinh_cu',
		'triet_ly',
		'gia',
		...LEVER_IDS.map((l) => `chi_${l}`),
		'khach_hang',
		'khach_moi',
		'khach_mat',
		'ti_le_giu_chan',
		'ti_le_hai_long',
		'loi_nhuan',
		'gia_tri_doanh_nghiep'
	];
	const rows = t.teams.flatMap((team, i) =>
		(histories[i] ?? []).map((r, q) => [
			t.code,
			team.name,
			r.quarter,
			t.played[q]?.[i]?.carried ? 1 : 0,
			r.decisions.philosophy,
			r.decisions.price,
			...LEVER_IDS.map((l) => r.decisions.spend[l]),
			r.customers,
			r.acquired,
			r.lost,
			r.retentionRate,
			r.satisfiedShare,
			r.profit,
			r.firmValue
		])
	);
	return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
