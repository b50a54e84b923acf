import { LEVER_IDS, type LeverId, type PhilosophyId } from './levers';
import type { Decisions } from './decisions';
import * as M from './model';
import type { Scenario } from './scenario';

export type ValueParts = { product: number; service: number; personnel: number; image: number };
export type CostParts = { money: number; time: number; energy: number; psychic: number };

/** Diminishing returns: 0 at no spend, 63% of the full effect at `scale`, → 1. */
export const level = (perHead: number, scale: number) => 1 - Math.exp(-perHead / scale);

/** What a quarter's decisions mean for each segment, before any customer is played. */
export type QuarterPlan = {
	/** Effect of each lever, 0–1, after diminishing returns. */
	L: Record<LeverId, number>;
	philosophy: PhilosophyId;
	targeted: boolean[];
	values: ValueParts[];
	costs: CostParts[];
	/** Delivered value (total value − total cost) per segment. */
	delivered: Float64Array;
	loyalDiscount: Float64Array;
	/** The expectation each segment's market holds it to. */
	norm: Float64Array;
	churnBase: Float64Array;
	revenueFactor: Float64Array;
	loyaltyChurnCut: number;
	ePush: number;
	trustGain: number;
	retentionSpend: number;
};

/** The per-segment effects of one quarter's decisions (pure: no customer state involved). */
export function planQuarter(s: Scenario, d: Decisions, churnScale: number): QuarterPlan {
	const segCount = s.segments.length;
	const targeted = s.segments.map((seg) => d.targets.length === 0 || d.targets.includes(seg.id));

	// Lever effects scale with spend against the size of the firm's programme (its starting
	// base), so the experiment of keeping more customers does not dilute them.
	const perHead = (lever: LeverId) => d.spend[lever] / s.startingCustomers;
	const L = Object.fromEntries(
		LEVER_IDS.map((l) => [l, level(perHead(l), s.leverScale)])
	) as Record<LeverId, number>;
	const philosophy = d.philosophy;
	const customerCentric = philosophy === 'marketing' || philosophy === 'societal' ? 1.15 : 1;
	// Data multiplies what service and personalization do; alone it adds little.
	const dataBoost = (0.45 + 0.9 * L.analytics) * customerCentric;

	const values: ValueParts[] = [];
	const costs: CostParts[] = [];
	const delivered = new Float64Array(segCount);
	const loyalDiscount = new Float64Array(segCount);
	const churnBase = new Float64Array(segCount);
	const revenueFactor = new Float64Array(segCount);
	const loyaltyChurnCut = 1 - 0.3 * L.loyalty;
	for (let k = 0; k < segCount; k++) {
		const seg = s.segments[k]!;
		const focus = targeted[k] ? 1 : 0.4;
		const value: ValueParts = {
			product:
				M.BASE_VALUE.product +
				(philosophy === 'product' ? 0.8 : philosophy === 'production' ? -0.6 : 0) +
				1.6 * L.personalization * dataBoost * focus,
			service: M.BASE_VALUE.service + 2.2 * L.serviceQuality * dataBoost + 0.6 * L.complaints,
			personnel: M.BASE_VALUE.personnel + 1.8 * L.staffTraining * customerCentric,
			image: M.BASE_VALUE.image + 1.4 * L.brand + (philosophy === 'societal' ? 0.5 : 0)
		};
		const priceFactor =
			d.price * (philosophy === 'production' ? 0.9 : philosophy === 'product' ? 1.1 : 1);
		const cost: CostParts = {
			money: M.BASE_COST.money * priceFactor * (0.5 + seg.priceSensitivity),
			time: M.BASE_COST.time - 0.9 * L.serviceQuality * dataBoost - 0.2 * L.analytics,
			energy:
				M.BASE_COST.energy - 0.5 * L.personalization * dataBoost * focus - 0.2 * L.staffTraining,
			psychic: M.BASE_COST.psychic - 0.6 * L.complaints + (philosophy === 'selling' ? 0.9 : 0)
		};
		values.push(value);
		costs.push(cost);
		delivered[k] =
			value.product +
			value.service +
			value.personnel +
			value.image -
			(cost.money + cost.time + cost.energy + cost.psychic);
		loyalDiscount[k] = 0.9 * L.loyalty;
		const priceChurn = 1 + seg.priceSensitivity * (d.price - 1) * 1.5;
		churnBase[k] = seg.churn * Math.max(0.2, priceChurn) * churnScale;
		const quantity = Math.pow(d.price, -seg.priceSensitivity * 1.2);
		revenueFactor[k] =
			seg.spend * d.price * quantity * (philosophy === 'selling' ? M.SELLING_PUSH : 1);
	}

	const retentionSpend = LEVER_IDS.reduce(
		(sum, l) => (l === 'acquisition' ? sum : sum + d.spend[l]),
		0
	);
	const ePush = philosophy === 'selling' ? M.E_PUSH_SELLING : 0;
	const trustGain = 0.07 * (1 + L.staffTraining) * (philosophy === 'societal' ? 1.2 : 1);
	return {
		L,
		philosophy,
		targeted,
		values,
		costs,
		delivered,
		loyalDiscount,
		norm: Float64Array.from(s.segments, (x) => x.expectation),
		churnBase,
		revenueFactor,
		loyaltyChurnCut,
		ePush,
		trustGain,
		retentionSpend
	};
}
