/**
 * Customer lifetime value, the formulas of chapter 4 (xay-dung-quan-he#gia-tri-vong-doi),
 * shared by the retention calculator and the simulation. m = yearly margin per customer,
 * r = yearly retention rate, d = yearly discount rate.
 */

/**
 * CLV = m ÷ (1 + d − r), the unlimited horizon; needs r < 1 + d.
 * @example clvUnlimited(1000, 0.8, 0.1) // ≈ 3333.33
 */
export function clvUnlimited(m: number, r: number, d: number): number {
	return m / (1 + d - r);
}

/**
 * CLV = m × r ÷ (1 + d − r), the unlimited horizon when even the first year's margin comes
 * only if the customer stays (chien-luoc-va-gia-tri-khach-hang#clv-phai-o-lai); needs r < 1 + d.
 * @example clvRetainedOnly(1000, 0.8, 0.1) // ≈ 2666.67
 */
export function clvRetainedOnly(m: number, r: number, d: number): number {
	return (m * r) / (1 + d - r);
}

/**
 * CLV ≈ revenue per purchase × purchases per year × years × margin, undiscounted
 * (chien-luoc-va-gia-tri-khach-hang#clv-don-gian); margin is a share, 0.3 = 30%.
 * @example clvSimple(50_000, 40, 4, 0.3) // 2_400_000
 */
export function clvSimple(revenue: number, perYear: number, years: number, margin: number): number {
	return revenue * perYear * years * margin;
}

/**
 * CLV = Σ (t = 1…years) m × r^(t−1) ÷ (1 + d)^t, over a limited horizon.
 * @example clvOverYears(1000, 0.8, 0.1, 1) // ≈ 909.09
 */
export function clvOverYears(m: number, r: number, d: number, years: number): number {
	let total = 0;
	for (let t = 1; t <= years; t++) total += (m * r ** (t - 1)) / (1 + d) ** t;
	return total;
}
