/**
 * Every coefficient of the simulation model, by name, so that calibration is one file's work.
 * docs/model.md writes out the equations they enter and has a row for each name here (a test
 * keeps the two in step).
 *
 * Units: E, P and the value and cost components are points on the 0–10 scale; a lever's level
 * L is 0–1 after diminishing returns (plan.ts `level`); trust is 0–1; chances and rates are per
 * quarter unless named otherwise; money is in thousand đồng. Section ids (chapter#section)
 * name where the course teaches the idea.
 */
import { STAGES } from '$lib/crm/stages';

// ── Scales and stages ─────────────────────────────────────────────────────────────────────

/**
 * Top of the 0–10 scale that E and P are measured on (points).
 * @see gia-tri-va-su-thoa-man#su-thoa-man
 */
export const SCALE_MAX = 10;
/**
 * The seven relationship stages, numbered 0 Thu hút … 6 Trung thành (stages).
 * @see xay-dung-quan-he#bay-giai-doan
 */
export const STAGE_COUNT = STAGES.length;
/**
 * First stage that counts as a long-standing customer: 4, Duy trì (stage index).
 * @see xay-dung-quan-he#bay-giai-doan
 */
export const LOYAL_STAGE = 4;
/**
 * Starting customers are spread over the first this-many stages (stages).
 * @see xay-dung-quan-he#bay-giai-doan
 */
export const STARTING_STAGES = 7;
/**
 * A starting customer's stage is ⌊u^this × STARTING_STAGES⌋: below 1, a firm in business for
 * years has more long-standing customers than new ones (exponent).
 * @see xay-dung-quan-he#bay-giai-doan
 */
export const STARTING_STAGE_POWER = 0.5;

// ── Total customer value and total customer cost (chapter 3) ──────────────────────────────

/** Value components before any lever (points). @see gia-tri-va-su-thoa-man#gia-tri-khach-hang */
export const BASE_VALUE = { product: 4, service: 1, personnel: 1, image: 1 };
/** Cost components at price level 1 (points). @see gia-tri-va-su-thoa-man#chi-phi-khach-hang */
export const BASE_COST = { money: 1, time: 1.5, energy: 1, psychic: 1 };

/**
 * Product value added by the product philosophy's better product (points).
 * @see triet-ly-va-cac-loai-crm#hoan-thien-san-pham
 */
export const PRODUCT_PHILOSOPHY_VALUE = 0.4;
/**
 * Product value added (negative: lost) by the production philosophy's cheap, plain product
 * (points).
 * @see triet-ly-va-cac-loai-crm#hoan-thien-san-xuat
 */
export const PRODUCTION_PHILOSOPHY_VALUE = -0.6;
/**
 * Price multiplier of the production philosophy (× price level).
 * @see triet-ly-va-cac-loai-crm#hoan-thien-san-xuat
 */
export const PRODUCTION_PRICE_FACTOR = 0.9;
/**
 * Price multiplier of the product philosophy (× price level).
 * @see triet-ly-va-cac-loai-crm#hoan-thien-san-pham
 */
export const PRODUCT_PRICE_FACTOR = 1.1;
/**
 * Money cost multiplier before price sensitivity: money = base × price × (this + sensitivity) (×).
 * @see gia-tri-va-su-thoa-man#chi-phi-khach-hang
 */
export const MONEY_COST_BASE = 2.5;

/**
 * Product value of full personalization, × data boost × focus (points per unit level).
 * @see xay-dung-quan-he#ca-nhan-hoa-quan-he
 */
export const PERSONALIZATION_VALUE = 1.6;
/**
 * Service value of full core-service quality, × data boost (points per unit level).
 * @see xay-dung-quan-he#dich-vu-loi
 */
export const SERVICE_VALUE = 2.2;
/**
 * Service value of full complaint handling (points per unit level).
 * @see gia-tri-va-su-thoa-man#xu-ly-phan-nan
 */
export const COMPLAINTS_SERVICE_VALUE = 0.6;
/**
 * Personnel value of full staff training, × customer-centric boost (points per unit level).
 * @see xay-dung-quan-he#marketing-noi-bo
 */
export const TRAINING_VALUE = 1.8;
/**
 * Image value of full brand and social-responsibility spend (points per unit level).
 * @see gia-tri-va-su-thoa-man#gia-tri-hinh-anh
 */
export const BRAND_VALUE = 1.4;
/**
 * Image value of the societal marketing philosophy (points).
 * @see triet-ly-va-cac-loai-crm#marketing-dao-duc-xa-hoi
 */
export const SOCIETAL_IMAGE_VALUE = 0.5;

/**
 * Time cost saved by full core-service quality, × data boost (points per unit level).
 * @see gia-tri-va-su-thoa-man#chi-phi-khach-hang
 */
export const SERVICE_TIME_SAVING = 0.9;
/**
 * Time cost saved by full analytics on its own, e.g. forms already filled in (points per unit
 * level).
 * @see trien-khai-crm#phan-tich-du-lieu
 */
export const ANALYTICS_TIME_SAVING = 0.2;
/**
 * Energy cost saved by full personalization, × data boost × focus (points per unit level).
 * @see gia-tri-va-su-thoa-man#chi-phi-khach-hang
 */
export const PERSONALIZATION_ENERGY_SAVING = 0.5;
/**
 * Energy cost saved by full staff training (points per unit level).
 * @see trien-khai-crm#dao-tao-nhan-vien
 */
export const TRAINING_ENERGY_SAVING = 0.2;
/**
 * Psychic cost saved by full complaint handling (points per unit level).
 * @see gia-tri-va-su-thoa-man#xu-ly-phan-nan
 */
export const COMPLAINTS_PSYCHIC_SAVING = 0.6;
/** Psychic cost of being pushed by hard selling (points). @see triet-ly-va-cac-loai-crm#ban-hang */
export const SELLING_PSYCHIC_COST = 0.9;

/**
 * Data boost with no analytics: data multiplies service and personalization (×).
 * @see triet-ly-va-cac-loai-crm#ngo-nhan-cong-nghe
 */
export const DATA_BOOST_BASE = 0.45;
/** Data boost added by full analytics (× per unit level). @see trien-khai-crm#co-so-du-lieu */
export const DATA_BOOST_SLOPE = 0.9;
/**
 * Multiplier on data boost and training under the marketing and societal philosophies (×).
 * @see triet-ly-va-cac-loai-crm#triet-ly-va-crm-chien-luoc
 */
export const CUSTOMER_CENTRIC_BOOST = 1.2;
/**
 * Product value of the marketing and societal philosophies: an offer designed around what each
 * segment needs (points).
 * @see triet-ly-va-cac-loai-crm#marketing
 */
export const CUSTOMER_CENTRIC_VALUE = 0.4;
/**
 * Share of personalization's effect that reaches a segment not targeted (×).
 * @see trien-khai-crm#chon-khach-hang-muc-tieu
 */
export const UNTARGETED_FOCUS = 0.4;
/**
 * Value added for customers from the loyal stage on by a full loyalty programme (points per unit
 * level).
 * @see xay-dung-quan-he#dinh-gia-quan-he
 */
export const LOYALTY_VALUE = 0.9;
/**
 * Value the relationship itself adds at full trust (points per unit trust).
 * @see xay-dung-quan-he#gia-tri-mang-lai
 */
export const TRUST_VALUE = 0.6;

// ── Perceived performance P (chapter 3) ───────────────────────────────────────────────────

/**
 * P of a customer offered zero delivered value, before taste and luck (points).
 * @see gia-tri-va-su-thoa-man#su-thoa-man
 */
export const P_CENTRE = 5;
/**
 * P gained per point of delivered value (points per point).
 * @see gia-tri-va-su-thoa-man#gia-tri-danh-cho-khach-hang
 */
export const P_SLOPE = 0.35;
/**
 * Spread of each customer's fixed taste, ±1.1 (points).
 * @see gia-tri-va-su-thoa-man#goc-nhin-khach-hang
 */
export const P_TRAIT = 2.2;
/** Spread of this quarter's luck, ±0.8 (points). @see gia-tri-va-su-thoa-man#hai-truong-hop */
export const P_NOISE = 1.6;

// ── Expectation E (chapter 3) ─────────────────────────────────────────────────────────────

/**
 * Share of the gap P − E that experience closes in a quarter (per quarter).
 * @see gia-tri-va-su-thoa-man#ky-vong
 */
export const E_LEARNING = 0.3;
/**
 * Share of the gap to the segment's norm (what the market has taught it to expect) closed in a
 * quarter (per quarter).
 * @see gia-tri-va-su-thoa-man#ky-vong
 */
export const E_ANCHOR = 0.15;
/**
 * E added to every customer each quarter by hard selling's promises (points per quarter).
 * @see gia-tri-va-su-thoa-man#nguyen-tac-ky-vong
 */
export const E_PUSH_SELLING = 0.45;
/**
 * E a new customer arrives with from full advertising, × acquisition level (points).
 * @see gia-tri-va-su-thoa-man#ky-vong
 */
export const E_PUSH_ADVERTISING = 0.5;
/**
 * E a new customer arrives with when won by hard selling (points).
 * @see gia-tri-va-su-thoa-man#nguyen-tac-ky-vong
 */
export const E_PROMISE_SELLING = 1;

// ── Trust (chapter 4) ─────────────────────────────────────────────────────────────────────

/**
 * Trust gained in a satisfied quarter with no staff training, doubled by full training (per
 * quarter).
 * @see xay-dung-quan-he#tin-tuong
 */
export const TRUST_GAIN = 0.07;
/**
 * Multiplier on trust gained under the societal philosophy (×).
 * @see triet-ly-va-cac-loai-crm#marketing-dao-duc-xa-hoi
 */
export const TRUST_GAIN_SOCIETAL = 1.2;
/** Trust lost in a disappointed quarter, E > P (per quarter). @see xay-dung-quan-he#tin-tuong */
export const TRUST_LOSS = 0.12;
/** Trust of a newly acquired customer (0–1). @see xay-dung-quan-he#tin-tuong */
export const TRUST_NEW = 0.25;
/** Trust of a starting customer in stage 0 (0–1). @see xay-dung-quan-he#tin-tuong */
export const TRUST_START = 0.3;
/**
 * Trust a starting customer has for each stage it already climbed (per stage).
 * @see xay-dung-quan-he#bay-giai-doan
 */
export const TRUST_START_PER_STAGE = 0.1;

// ── Churn (chapters 3–5) ──────────────────────────────────────────────────────────────────

/**
 * Churn multiplier of a satisfied customer, P ≥ E (×).
 * @see gia-tri-va-su-thoa-man#thoa-man-va-trung-thanh
 */
export const CHURN_SATISFIED = 0.65;
/**
 * Churn multiplier of a disappointed customer, E > P (×).
 * @see gia-tri-va-su-thoa-man#thoa-man-va-trung-thanh
 */
export const CHURN_DISAPPOINTED = 2.4;
/**
 * Churn multiplier by relationship stage 0…6: the further along, the less likely to leave (×).
 * @see xay-dung-quan-he#bay-giai-doan
 */
export const CHURN_BY_STAGE = [1.6, 1.4, 1.2, 1.0, 0.8, 0.6, 0.45];
/** Churn multiplier at zero trust (×). @see xay-dung-quan-he#tin-tuong */
export const CHURN_TRUST_BASE = 1.3;
/**
 * Churn multiplier taken off by full trust: 1.3 at trust 0, 0.7 at trust 1 (× per unit trust).
 * @see xay-dung-quan-he#tin-tuong
 */
export const CHURN_TRUST_CUT = 0.6;
/**
 * Churn multiplier of a customer won during the game, for its first FIRST_YEAR_QUARTERS
 * quarters: a new relationship is the easiest to leave (×).
 * @see xay-dung-quan-he#thu-hut-va-giu-chan
 */
export const CHURN_FIRST_YEAR = 3;
/**
 * Quarters a customer won during the game counts as new for CHURN_FIRST_YEAR (quarters).
 * @see xay-dung-quan-he#thu-hut-va-giu-chan
 */
export const FIRST_YEAR_QUARTERS = 4;
/**
 * Share of loyal customers' churn removed by a full loyalty programme (× per unit level).
 * @see triet-ly-va-cac-loai-crm#ngo-nhan-khach-hang-than-thiet
 */
export const LOYALTY_CHURN_CUT = 0.3;
/**
 * Churn added per point of money cost above the base price's (× per point).
 * @see gia-tri-va-su-thoa-man#chi-phi-khach-hang
 */
export const PRICE_CHURN = 0.22;
/**
 * Lowest price-churn multiplier a low price can reach (×).
 * @see gia-tri-va-su-thoa-man#chi-phi-khach-hang
 */
export const PRICE_CHURN_FLOOR = 0.2;

// ── Movement through the stages (chapter 4) ───────────────────────────────────────────────

/**
 * Chance that a satisfied customer who stays climbs a stage, at zero trust (per quarter).
 * @see xay-dung-quan-he#bay-giai-doan
 */
export const STAGE_UP_BASE = 0.3;
/**
 * Chance of climbing added by full trust (per quarter per unit trust).
 * @see xay-dung-quan-he#tin-tuong
 */
export const STAGE_UP_TRUST = 0.25;
/**
 * Chance that a disappointed customer who stays drops a stage (per quarter).
 * @see xay-dung-quan-he#bay-giai-doan
 */
export const STAGE_DOWN = 0.35;

// ── Spend and the cost to serve (chapters 4–5) ────────────────────────────────────────────

/**
 * Purchases by stage 0…6, × the segment's mean spend: loyal customers spend more (×).
 * @see xay-dung-quan-he#gia-tri-khach-trung-thanh
 */
export const SPEND_BY_STAGE = [0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.55];
/**
 * Cost to serve by stage 0…6, × the scenario's serve cost: loyal customers cost less (×).
 * @see xay-dung-quan-he#gia-tri-khach-trung-thanh
 */
export const SERVE_BY_STAGE = [1.25, 1.15, 1.05, 1.0, 0.85, 0.75, 0.65];
/**
 * Purchases lost per point of money cost above the base price's: quantity = exp(−this × gap)
 * (per point).
 * @see gia-tri-va-su-thoa-man#chi-phi-khach-hang
 */
export const DEMAND_PRICE = 0.24;
/**
 * Weight of a price rise on demand and churn, against a cut of the same size: 1.5× (×).
 * @see gia-tri-va-su-thoa-man#chi-phi-khach-hang
 */
export const PRICE_RISE_WEIGHT = 1.5;
/** Hard selling's push on this quarter's purchases (×). @see triet-ly-va-cac-loai-crm#ban-hang */
export const SELLING_PUSH = 1.3;

// ── Acquisition and referrals (chapters 1 and 4) ──────────────────────────────────────────

/**
 * Share of a targeted prospect pool that a saturated acquisition budget converts (per quarter).
 * @see xay-dung-quan-he#thu-hut-va-giu-chan
 */
export const MAX_CONVERSION = 0.028;
/**
 * Attraction of an offer with zero delivered value (×).
 * @see gia-tri-va-su-thoa-man#gia-tri-danh-cho-khach-hang
 */
export const ATTRACTION_BASE = 0.6;
/**
 * Attraction gained per point of delivered value (× per point).
 * @see gia-tri-va-su-thoa-man#gia-tri-danh-cho-khach-hang
 */
export const ATTRACTION_SLOPE = 0.2;
/**
 * Lowest attraction, however poor the offer (×).
 * @see gia-tri-va-su-thoa-man#gia-tri-danh-cho-khach-hang
 */
export const ATTRACTION_MIN = 0.2;
/**
 * Highest attraction, however good the offer (×).
 * @see gia-tri-va-su-thoa-man#gia-tri-danh-cho-khach-hang
 */
export const ATTRACTION_MAX = 1.6;
/** Hard selling's push on new customers won (×). @see triet-ly-va-cac-loai-crm#ban-hang */
export const SELLING_ACQUISITION_BOOST = 1.4;
/**
 * Share of the gap to its starting size that a prospect pool regrows (per quarter).
 * @see xay-dung-quan-he#thu-hut-va-giu-chan
 */
export const POOL_REGROWTH = 0.05;
/**
 * Chance that a delighted customer in the top stage brings a friend (per quarter).
 * @see xay-dung-quan-he#long-trung-thanh
 */
export const REFERRAL_RATE = 0.03;
/**
 * How far P must exceed E for a customer to count as delighted (points).
 * @see gia-tri-va-su-thoa-man#hai-long-chua-du
 */
export const REFERRAL_DELIGHT = 3;

// ── Customer lifetime value (chapter 4) ───────────────────────────────────────────────────

/** Discount rate d of the CLV formula (per year). @see xay-dung-quan-he#gia-tri-vong-doi */
export const DISCOUNT_RATE = 0.1;
/**
 * Quarters in a year: CLV turns quarterly profit and retention into yearly m and r (quarters).
 * @see xay-dung-quan-he#gia-tri-vong-doi
 */
export const QUARTERS_PER_YEAR = 4;
/**
 * Highest yearly retention r the CLV formula is given, so m ÷ (1 + d − r) stays finite (per year).
 * @see xay-dung-quan-he#gia-tri-vong-doi
 */
export const CLV_RETENTION_CAP = 0.99;

/**
 * Quarters ahead that customer equity counts a customer's expected profit for (quarters).
 * @see xay-dung-quan-he#gia-tri-vong-doi
 */
export const EQUITY_HORIZON = 20;
/**
 * Equity's churn multiplier for a customer not yet served, between the two above (×).
 * @see gia-tri-va-su-thoa-man#thoa-man-va-trung-thanh
 */
export const CHURN_NEWCOMER = 1;

// ── What the quarter report shows ─────────────────────────────────────────────────────────

/**
 * Bins of the P − E histogram, one per point: ≤ −6, −5 … 5, ≥ 6 (bins).
 * @see gia-tri-va-su-thoa-man#hai-truong-hop
 */
export const GAP_BINS = 13;
