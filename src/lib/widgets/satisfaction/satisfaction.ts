/**
 * Satisfaction as expectation E vs perceived performance P, chapter 3
 * (gia-tri-va-su-thoa-man#su-thoa-man): E > P disappoints, E ≤ P satisfies, P well above E
 * delights; and what each feeling does to the chance that the customer comes back.
 */
import { CHURN_DISAPPOINTED, CHURN_SATISFIED } from '$lib/simulation/core/params';

export type Feeling = 'disappointed' | 'satisfied' | 'delighted';

/**
 * The chapter sets no common threshold for "vượt xa"; this widget calls P at least
 * 3 points above E (on 1–10) delighted, which keeps the chapter's cases: 5 vs 7 satisfied,
 * 5 vs 10 delighted.
 */
export const DELIGHT_MARGIN = 3;

export function feeling(expectation: number, perceived: number): Feeling {
	if (expectation > perceived) return 'disappointed';
	return perceived - expectation >= DELIGHT_MARGIN ? 'delighted' : 'satisfied';
}

export const FEELING_LABEL: Record<Feeling, string> = {
	disappointed: 'Thất vọng',
	satisfied: 'Hài lòng',
	delighted: 'Rất hài lòng, thích thú'
};

export const FEELING_RULE: Record<Feeling, string> = {
	disappointed: 'E > P: điều nhận được thấp hơn điều chờ đợi.',
	satisfied: 'E ≤ P: điều nhận được bằng hoặc hơn điều chờ đợi.',
	delighted: `P vượt xa E (ở đây: hơn từ ${DELIGHT_MARGIN} điểm trở lên).`
};

export const FEELING_EFFECT: Record<Feeling, string> = {
	disappointed:
		'Dễ rời đi và kể trải nghiệm tồi cho người khác; một phàn nàn được xử lý tốt có thể giữ họ lại.',
	satisfied: 'Có thể quay lại, nhưng vẫn dễ chuyển sang đối thủ có giá trị cao hơn một chút.',
	delighted: 'Gắn bó cả về cảm xúc: quay lại thường hơn, ít nhạy cảm với giá, chủ động giới thiệu.'
};

/** An average customer's chance of leaving in a year before satisfaction is counted. */
export const BASE_YEARLY_LEAVING = 0.25;
/**
 * Leaving-risk multipliers. Disappointed and satisfied are the simulator's own
 * (simulation/core/params.ts); delighted halves the satisfied risk, an illustrative assumption.
 */
export const LEAVING_FACTOR: Record<Feeling, number> = {
	disappointed: CHURN_DISAPPOINTED,
	satisfied: CHURN_SATISFIED,
	delighted: CHURN_SATISFIED / 2
};

/** Chance (0–1) that a customer with this feeling is still buying a year later. */
export function returnChance(f: Feeling): number {
	return 1 - Math.min(1, BASE_YEARLY_LEAVING * LEAVING_FACTOR[f]);
}

export type Attribute = { name: string; expectation: number; perceived: number };

/** Overall E and P as the plain average of the attributes (each counted equally). */
export function overall(attributes: readonly Attribute[]): {
	expectation: number;
	perceived: number;
} {
	if (attributes.length === 0) return { expectation: 0, perceived: 0 };
	const mean = (pick: (a: Attribute) => number) =>
		attributes.reduce((s, a) => s + pick(a), 0) / attributes.length;
	return { expectation: mean((a) => a.expectation), perceived: mean((a) => a.perceived) };
}

/** The cases of gia-tri-va-su-thoa-man#hai-truong-hop. */
export const CASES: readonly { name: string; expectation: number; perceived: number }[] = [
	{ name: 'Chị Hoa ở Đồi Sim', expectation: 9, perceived: 6 },
	{ name: 'Anh Tùng, bay đúng giờ', expectation: 5, perceived: 7 },
	{ name: 'Anh Tùng, được gửi trả điện thoại', expectation: 5, perceived: 10 },
	{ name: 'Anh Tùng, đúng như dự tính', expectation: 5, perceived: 5 }
];

/** A flight on Cánh Diều, attribute by attribute. */
export const FLIGHT_ATTRIBUTES: readonly Attribute[] = [
	{ name: 'Đúng giờ', expectation: 6, perceived: 8 },
	{ name: 'Thái độ tiếp viên', expectation: 5, perceived: 7 },
	{ name: 'Thủ tục hành lý', expectation: 6, perceived: 4 },
	{ name: 'Đồ ăn trên máy bay', expectation: 3, perceived: 4 }
];
