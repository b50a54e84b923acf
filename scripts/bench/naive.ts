/**
 * The benchmark's reference: the same per-customer model as src/lib/sim/engine.ts,
 * written the naive way (one object per customer, objects for aggregates, per-quarter
 * allocation). Kept here to measure the engine against; never shipped.
 */
import * as M from '../../src/lib/sim/model';
import { hashUnit, nextFloat, seedRandom } from '../../src/lib/sim/random';
import type { Decisions } from '../../src/lib/sim/decisions';
import type { Scenario } from '../../src/lib/sim/scenario';

type Customer = {
	segment: number;
	stage: number;
	alive: boolean;
	satisfied: boolean;
	tenure: number;
	expectation: number;
	perceived: number;
	trust: number;
	spendLevel: number;
	cumProfit: number;
};

export function naiveRun(
	scenario: Scenario,
	seed: number,
	decide: () => Decisions,
	quarters: number
) {
	const random = seedRandom(seed);
	const customers: Customer[] = [];
	scenario.segments.forEach((seg, k) => {
		const n = Math.round(scenario.startingCustomers * seg.share);
		for (let j = 0; j < n; j++) {
			customers.push({
				segment: k,
				stage: Math.floor(nextFloat(random) * 5),
				alive: true,
				satisfied: false,
				tenure: 0,
				expectation: seg.expectation,
				perceived: seg.expectation,
				trust: 0.3,
				spendLevel: 1,
				cumProfit: 0
			});
		}
	});
	let work = 0;
	for (let q = 0; q < quarters; q++) {
		const d = decide();
		const level = (x: number) => 1 - Math.exp(-x / scenario.leverScale);
		const L: Record<string, number> = {};
		for (const [lever, amount] of Object.entries(d.spend))
			L[lever] = level(amount / scenario.startingCustomers);
		const segs = scenario.segments.map((seg) => ({
			delivered:
				M.BASE_VALUE.product +
				M.BASE_VALUE.service +
				2.2 * L.serviceQuality! +
				M.BASE_VALUE.personnel +
				1.8 * L.staffTraining! +
				M.BASE_VALUE.image +
				1.4 * L.brand! -
				(M.BASE_COST.money * d.price * (0.5 + seg.priceSensitivity) +
					M.BASE_COST.time +
					M.BASE_COST.energy +
					M.BASE_COST.psychic),
			churn: seg.churn,
			norm: seg.expectation,
			revenue: seg.spend * d.price
		}));
		const stats = { satisfied: 0, lost: 0, revenue: 0, byStage: new Map<number, number>() };
		for (let i = 0; i < customers.length; i++) {
			const c = customers[i]!;
			if (!c.alive) continue;
			work++;
			const seg = segs[c.segment]!;
			const dv = seg.delivered + 0.6 * c.trust;
			const p = Math.min(
				10,
				Math.max(
					0,
					M.P_CENTRE +
						M.P_SLOPE * dv +
						(hashUnit(i, seed) - 0.5) * M.P_TRAIT +
						(nextFloat(random) - 0.5) * M.P_NOISE
				)
			);
			const satisfied = p >= c.expectation;
			c.perceived = p;
			c.expectation = Math.min(
				10,
				Math.max(
					0,
					c.expectation +
						M.E_LEARNING * (p - c.expectation) +
						M.E_ANCHOR * (seg.norm - c.expectation)
				)
			);
			c.trust = Math.min(1, Math.max(0, c.trust + (satisfied ? 0.07 : -0.12)));
			const hazard =
				seg.churn *
				M.CHURN_BY_STAGE[c.stage]! *
				(1.3 - 0.6 * c.trust) *
				(satisfied ? M.CHURN_SATISFIED : M.CHURN_DISAPPOINTED);
			if (nextFloat(random) < hazard) {
				c.alive = false;
				stats.lost++;
				continue;
			}
			if (satisfied) stats.satisfied++;
			const move = nextFloat(random);
			if (satisfied && move < 0.3 + 0.25 * c.trust && c.stage < 6) c.stage++;
			else if (!satisfied && move < 0.35 && c.stage > 0) c.stage--;
			const spend = c.spendLevel * M.SPEND_BY_STAGE[c.stage]! * seg.revenue;
			c.cumProfit += spend * scenario.grossMargin - scenario.serveCost * M.SERVE_BY_STAGE[c.stage]!;
			c.tenure++;
			stats.revenue += spend;
			stats.byStage.set(c.stage, (stats.byStage.get(c.stage) ?? 0) + 1);
		}
	}
	return { customerQuarters: work };
}
