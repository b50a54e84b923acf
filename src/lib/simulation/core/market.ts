/**
 * A market that several firms share (the team tournament): one prospect pool per segment
 * for the whole market, drawn in proportion to each firm's attraction among the firms, and
 * the customers a firm loses join the prospects its rivals can win. A market of one firm
 * plays exactly as the single-player game. The equations are in docs/model.md ("Shared
 * market").
 */
import { checkDecisions, type Decisions } from './decisions';
import { prospectAttraction, type Game, type QuarterReport } from './engine';
import * as M from './params';
import { planQuarter } from './plan';
import type { Scenario } from './scenario';

/** Where a firm's new customers come from: its own prospects, or a market shared with rivals. */
export interface ProspectSource {
	/** The prospects the firm reaches this quarter, by segment. */
	prospects(): readonly number[];
	/** The quarter's new customers (drawn from those prospects) and lost customers, by segment. */
	settle(joined: readonly number[], lost: readonly number[]): void;
}

/** What one firm reaches in one segment this quarter: a part of the pool, parts of rivals' leavers. */
type Reach = { fromPool: number; fromLeavers: number[]; total: number };

export class SharedMarket {
	readonly scenario: Scenario;
	readonly firms: number;
	/** Prospects by segment, for the whole market. */
	private pool: number[];
	/** Customers who left each firm and are still to be won, by segment then by the firm left. */
	private leavers: number[][];
	private reach: Reach[][] = [];
	private settled: ({ joined: readonly number[]; lost: readonly number[] } | null)[] = [];

	constructor(scenario: Scenario, firms: number) {
		if (!Number.isInteger(firms) || firms < 1)
			throw new RangeError(`a market has at least one firm, not ${firms}`);
		this.scenario = scenario;
		this.firms = firms;
		// The market has room for every firm's own starting market.
		this.pool = scenario.segments.map((seg) => firms * (scenario.prospectPool * seg.prospectShare));
		this.leavers = scenario.segments.map(() => new Array<number>(firms).fill(0));
	}

	/** Prospects in the pool, by segment (without the leavers). */
	get prospects(): readonly number[] {
		return this.pool;
	}

	/** Customers who left a firm and are still to be won by its rivals, by segment. */
	get leaversBySegment(): number[] {
		return this.leavers.map((byFirm) => byFirm.reduce((s, n) => s + n, 0));
	}

	/**
	 * Opens a quarter: every firm's pull on each segment, from its decisions (the value it
	 * delivers, its philosophy, its targets), fixes what each firm reaches this quarter.
	 */
	open(decisions: readonly Decisions[], churnScale = 1): void {
		if (decisions.length !== this.firms)
			throw new RangeError(`${this.firms} firms need ${this.firms} decisions`);
		const s = this.scenario;
		const weights = decisions.map((d) => {
			const plan = planQuarter(s, d, churnScale);
			const boost = plan.philosophy === 'selling' ? M.SELLING_ACQUISITION_BOOST : 1;
			return s.segments.map((_, k) =>
				plan.targeted[k] ? prospectAttraction(plan.delivered[k]!) * boost : 0
			);
		});
		this.reach = weights.map((w, f) =>
			s.segments.map((_, k) => {
				const all = weights.reduce((sum, v) => sum + v[k]!, 0);
				const fromPool = all > 0 ? this.pool[k]! * (w[k]! / all) : 0;
				const fromLeavers = this.leavers[k]!.map((left, g) => {
					if (g === f || left === 0) return 0;
					const rivals = all - weights[g]![k]!;
					return rivals > 0 ? left * (w[k]! / rivals) : 0;
				});
				return { fromPool, fromLeavers, total: fromPool + sumOf(fromLeavers) };
			})
		);
		this.settled = decisions.map(() => null);
	}

	/** What firm `f` plays the quarter with (give it to its Game with `joinMarket`). */
	seat(f: number): ProspectSource {
		return {
			prospects: () => {
				if (!this.reach[f]) throw new Error('the market has no open quarter');
				return this.reach[f].map((r) => r.total);
			},
			settle: (joined, lost) => {
				this.settled[f] = { joined, lost };
			}
		};
	}

	/** Closes the quarter: takes the new customers out of what they came from, regrows the pool. */
	close(): void {
		if (this.settled.some((x) => x === null))
			throw new Error('every firm must play the quarter before it closes');
		const s = this.scenario;
		for (let k = 0; k < s.segments.length; k++) {
			let fromPool = 0;
			const fromLeavers = new Array<number>(this.firms).fill(0);
			this.settled.forEach((x, f) => {
				const n = x!.joined[k]!;
				const r = this.reach[f]![k]!;
				// Referred friends in a segment the firm did not reach still leave the pool.
				if (r.total <= 0) return void (fromPool += n);
				fromPool += n * (r.fromPool / r.total);
				r.fromLeavers.forEach((part, g) => (fromLeavers[g]! += n * (part / r.total)));
			});
			const start = this.firms * (s.prospectPool * s.segments[k]!.prospectShare);
			const pool = this.pool[k]!;
			this.pool[k] = Math.max(0, pool - fromPool) + (start - pool) * M.POOL_REGROWTH;
			// Leavers not won drift out of the market at the pace the pool returns to its size.
			this.leavers[k] = this.leavers[k]!.map(
				(left, g) =>
					Math.max(0, left - fromLeavers[g]!) * (1 - M.POOL_REGROWTH) + this.settled[g]!.lost[k]!
			);
		}
		this.reach = [];
		this.settled = [];
	}
}

const sumOf = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

/**
 * Plays one quarter of a shared market: every firm's decisions are checked first (one
 * invalid decision throws its DecisionError and nothing is played), then each firm plays.
 */
export function playMarketQuarter(
	market: SharedMarket,
	games: readonly Game[],
	decisions: readonly Decisions[]
): QuarterReport[] {
	if (games.length !== market.firms) throw new RangeError('one game per firm of the market');
	for (const [f, d] of decisions.entries()) {
		const errors = checkDecisions(games[f]!.scenario, d);
		if (errors.length) throw errors[0];
	}
	market.open(decisions, games[0]!.churnScale);
	const reports = games.map((game, f) => {
		game.joinMarket(market.seat(f));
		return game.step(decisions[f]!);
	});
	market.close();
	return reports;
}
