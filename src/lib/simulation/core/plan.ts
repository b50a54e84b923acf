import { LEVER_IDS, type LeverId, type PhilosophyId } from './levers';
import type { Decisions } from './decisions';
import * as M from './params';
import type { Scenario } from './scenario';

export type ValueParts = { product: number; service: number; personnel: number; image: number };
export type CostParts = { money: number; time: number; energy: number; psychic: number };

/** Diminishing returns: 0 at no spend, 63% of the full effect at `scale`, → 1. */
export const level = (perHead: number, scale: number) => 1 - Math.exp(-perHead / scale);

/** A customer's purchases per unit of spend level, by stage and segment revenue factor. */
export const spendFactor = (stage: number, revenueFactor: number) =>
	M.SPEND_BY_STAGE[stage]! * revenueFactor;

/** The stage of a starting customer from a uniform draw u: more long-standing than new. */
export const startingStage = (u: number) =>
	Math.floor(u ** M.STARTING_STAGE_POWER * M.STARTING_STAGES);

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
	/** The revenue factor without hard selling's push, which lasts only the quarter. */
	regularRevenueFactor: Float64Array;
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
	const customerCentric =
		philosophy === 'marketing' || philosophy === 'societal' ? M.CUSTOMER_CENTRIC_BOOST : 1;
	// Data multiplies what service and personalization do; alone it adds little.
	const dataBoost = (M.DATA_BOOST_BASE + M.DATA_BOOST_SLOPE * L.analytics) * customerCentric;

	const values: ValueParts[] = [];
	const costs: CostParts[] = [];
	const delivered = new Float64Array(segCount);
	const loyalDiscount = new Float64Array(segCount);
	const churnBase = new Float64Array(segCount);
	const revenueFactor = new Float64Array(segCount);
	const regularRevenueFactor = new Float64Array(segCount);
	const loyaltyChurnCut = 1 - M.LOYALTY_CHURN_CUT * L.loyalty;
	for (let k = 0; k < segCount; k++) {
		const seg = s.segments[k]!;
		const focus = targeted[k] ? 1 : M.UNTARGETED_FOCUS;
		const value: ValueParts = {
			product:
				M.BASE_VALUE.product +
				(philosophy === 'product'
					? M.PRODUCT_PHILOSOPHY_VALUE
					: philosophy === 'production'
						? M.PRODUCTION_PHILOSOPHY_VALUE
						: customerCentric > 1
							? M.CUSTOMER_CENTRIC_VALUE
							: 0) +
				M.PERSONALIZATION_VALUE * L.personalization * dataBoost * focus,
			service:
				M.BASE_VALUE.service +
				M.SERVICE_VALUE * L.serviceQuality * dataBoost +
				M.COMPLAINTS_SERVICE_VALUE * L.complaints,
			personnel: M.BASE_VALUE.personnel + M.TRAINING_VALUE * L.staffTraining * customerCentric,
			image:
				M.BASE_VALUE.image +
				M.BRAND_VALUE * L.brand +
				(philosophy === 'societal' ? M.SOCIETAL_IMAGE_VALUE : 0)
		};
		const priceFactor =
			d.price *
			(philosophy === 'production'
				? M.PRODUCTION_PRICE_FACTOR
				: philosophy === 'product'
					? M.PRODUCT_PRICE_FACTOR
					: 1);
		// The money cost at the base price; what the price adds to it moves demand and churn.
		const baseMoney = M.BASE_COST.money * (M.MONEY_COST_BASE + seg.priceSensitivity);
		const cost: CostParts = {
			money: baseMoney * priceFactor,
			time:
				M.BASE_COST.time -
				M.SERVICE_TIME_SAVING * L.serviceQuality * dataBoost -
				M.ANALYTICS_TIME_SAVING * L.analytics,
			energy:
				M.BASE_COST.energy -
				M.PERSONALIZATION_ENERGY_SAVING * L.personalization * dataBoost * focus -
				M.TRAINING_ENERGY_SAVING * L.staffTraining,
			psychic:
				M.BASE_COST.psychic -
				M.COMPLAINTS_PSYCHIC_SAVING * L.complaints +
				(philosophy === 'selling' ? M.SELLING_PSYCHIC_COST : 0)
		};
		values.push(value);
		costs.push(cost);
		delivered[k] =
			value.product +
			value.service +
			value.personnel +
			value.image -
			(cost.money + cost.time + cost.energy + cost.psychic);
		loyalDiscount[k] = M.LOYALTY_VALUE * L.loyalty;
		const moneyAdded = cost.money - baseMoney;
		const priceGap = moneyAdded > 0 ? moneyAdded * M.PRICE_RISE_WEIGHT : moneyAdded;
		const priceChurn = 1 + M.PRICE_CHURN * priceGap;
		churnBase[k] = seg.churn * Math.max(M.PRICE_CHURN_FLOOR, priceChurn) * churnScale;
		const quantity = Math.exp(-M.DEMAND_PRICE * priceGap);
		// The product philosophy's premium pays for its better product: revenue is at the
		// price level; the production philosophy's discount is a real one.
		const paid = philosophy === 'production' ? priceFactor : d.price;
		regularRevenueFactor[k] = seg.spend * paid * quantity;
		revenueFactor[k] = regularRevenueFactor[k]! * (philosophy === 'selling' ? M.SELLING_PUSH : 1);
	}

	const retentionSpend = LEVER_IDS.reduce(
		(sum, l) => (l === 'acquisition' ? sum : sum + d.spend[l]),
		0
	);
	const ePush = philosophy === 'selling' ? M.E_PUSH_SELLING : 0;
	const trustGain =
		M.TRUST_GAIN * (1 + L.staffTraining) * (philosophy === 'societal' ? M.TRUST_GAIN_SOCIETAL : 1);
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
		regularRevenueFactor,
		loyaltyChurnCut,
		ePush,
		trustGain,
		retentionSpend
	};
}
