/**
 * Dick and Basu's four types of loyalty, chapter 9 (phan-nan-va-trung-thanh#bon-kieu-trung-thanh):
 * relative attitude (high or low) crossed with repeat patronage (much or little). What each
 * type means and what a firm should do about it are in content/widgets/loyalty-types.json.
 */

export const LOYALTY_TYPES = ['true', 'latent', 'spurious', 'none'] as const;
export type LoyaltyType = (typeof LOYALTY_TYPES)[number];
export const LEVELS = ['high', 'low'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * The chapter only says "cao" or "thấp", "nhiều" or "ít"; this widget scores both on 1–10
 * and calls 6 or more high, the upper half of the scale.
 */
export const HIGH_FROM = 6;

export const levelOf = (score: number): Level => (score >= HIGH_FROM ? 'high' : 'low');

/** The cell of the attitude × repeat-patronage matrix a customer falls in. */
export function loyaltyType(attitude: number, repeat: number): LoyaltyType {
	const buysOften = levelOf(repeat) === 'high';
	if (levelOf(attitude) === 'high') return buysOften ? 'true' : 'latent';
	return buysOften ? 'spurious' : 'none';
}

/** The matrix as the chapter draws it: attitude high then low, repeat much then little. */
export const MATRIX: readonly (readonly [LoyaltyType, LoyaltyType])[] = [
	['true', 'latent'],
	['spurious', 'none']
];
