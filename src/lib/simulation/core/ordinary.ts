/**
 * Random ordinary firms: scenarios whose every number lies inside the ranges that the
 * calibration's structural facts are claimed for (ORDINARY_RANGES, a part of what the
 * schema accepts). The property test of calibration.test.ts plays a few of them.
 */
import { nextFloat, seedRandom } from './random';
import { parseScenario, type Scenario } from './scenario';

/**
 * Where an ordinary firm's numbers lie: per segment directly, and the money fields as ratios
 * to the starting customers' quarterly revenue and gross profit (as in SCENARIO_RATIOS).
 */
export const ORDINARY_RANGES = {
	segments: [2, 4],
	quarters: [12, 20],
	grossMargin: [0.3, 0.45],
	/** Prospects per starting customer. */
	prospectPool: [2, 4],
	/** Budget ÷ starting quarterly revenue. */
	budget: [0.09, 0.16],
	/** Fixed cost ÷ starting quarterly gross profit. */
	fixedCost: [0.5, 0.8],
	/** Serve cost ÷ a mean customer's quarterly gross profit. */
	serveCost: [0.2, 0.4],
	/** Lever scale ÷ mean spend per customer. */
	leverScale: [0.009, 0.02],
	spend: [250, 900],
	spendSpread: [0.8, 1.2],
	priceSensitivity: [0.15, 0.85],
	expectation: [5, 7],
	churn: [0.012, 0.03]
} as const satisfies Record<string, readonly [number, number]>;

/** An ordinary firm drawn from `seed`, with `startingCustomers` customers. */
export function ordinaryScenario(seed: number, startingCustomers = 2000): Scenario {
	const random = seedRandom(seed);
	const R = ORDINARY_RANGES;
	const draw = ([lo, hi]: readonly [number, number]) => lo + (hi - lo) * nextFloat(random);
	const count = Math.floor(draw([R.segments[0], R.segments[1] + 1]));
	const weights = (n: number) => {
		const w = Array.from({ length: n }, () => 0.5 + nextFloat(random));
		const total = w.reduce((a, b) => a + b, 0);
		const shares = w.map((x) => Math.round((x / total) * 1000) / 1000);
		shares[n - 1] = Math.round((1 - shares.slice(0, -1).reduce((a, b) => a + b, 0)) * 1000) / 1000;
		return shares;
	};
	const shares = weights(count);
	const prospectShares = weights(count);
	const segments = shares.map((share, k) => ({
		id: `nhom-${k + 1}`,
		name: `Nhóm ${k + 1}`,
		share,
		prospectShare: prospectShares[k]!,
		spend: Math.round(draw(R.spend)),
		spendSpread: draw(R.spendSpread),
		priceSensitivity: draw(R.priceSensitivity),
		expectation: draw(R.expectation),
		churn: draw(R.churn)
	}));
	const meanSpend = segments.reduce((sum, s) => sum + s.share * s.spend, 0);
	const grossMargin = draw(R.grossMargin);
	const revenue = startingCustomers * meanSpend;
	return parseScenario({
		id: `doanh-nghiep-${seed}`,
		name: `Doanh nghiệp ngẫu nhiên ${seed}`,
		brief: 'Một doanh nghiệp bình thường, rút ngẫu nhiên để kiểm tra mô hình.',
		difficulty: 2,
		teaches: ['Các sự thật về CRM đứng vững với mọi doanh nghiệp bình thường'],
		quarters: Math.floor(draw([R.quarters[0], R.quarters[1] + 1])),
		startingCustomers,
		prospectPool: Math.round(startingCustomers * draw(R.prospectPool)),
		budget: Math.round(revenue * draw(R.budget)),
		grossMargin,
		serveCost: Math.round(meanSpend * grossMargin * draw(R.serveCost)),
		fixedCost: Math.round(revenue * grossMargin * draw(R.fixedCost)),
		leverScale: meanSpend * draw(R.leverScale),
		segments
	});
}
