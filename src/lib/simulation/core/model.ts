/**
 * The constants of the model, in one place so that calibration is one file's work.
 * Scales: E, P and value/cost components on a 0–10 scale; money in thousand đồng.
 */

/** Base value components before any lever, and base cost components at price level 1. */
export const BASE_VALUE = { product: 4, service: 1, personnel: 1, image: 1 };
export const BASE_COST = { money: 3, time: 1.5, energy: 1, psychic: 1 };

/** P = clamp(P_CENTRE + P_SLOPE × delivered value + trait + noise). */
export const P_CENTRE = 5;
export const P_SLOPE = 0.35;
export const P_TRAIT = 2.2; // spread of the fixed per-customer taste, ±1.1
export const P_NOISE = 1.6; // spread of this quarter's luck, ±0.8

/** How far experience pulls E toward P in a quarter. */
export const E_LEARNING = 0.3;
/** How strongly E is held toward the segment's norm (what the market has taught it to expect). */
export const E_ANCHOR = 0.15;
/** E added each quarter by hard selling's promises, and for new customers by advertising. */
export const E_PUSH_SELLING = 0.45;
export const E_PUSH_ADVERTISING = 0.5;

/** Churn multipliers: satisfied vs disappointed, and by relationship stage (0…6). */
export const CHURN_SATISFIED = 0.6;
export const CHURN_DISAPPOINTED = 1.9;
export const CHURN_BY_STAGE = [1.6, 1.4, 1.2, 1.0, 0.8, 0.6, 0.45];
/** Loyal customers spend more and cost less to serve. */
export const SPEND_BY_STAGE = [0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.55];
export const SERVE_BY_STAGE = [1.25, 1.15, 1.05, 1.0, 0.85, 0.75, 0.65];
/** First stage that counts as a long-standing customer (Duy trì). */
export const LOYAL_STAGE = 4;

/** Most of a targeted prospect pool that a saturated acquisition budget converts per quarter. */
export const MAX_CONVERSION = 0.06;
/** Prospect pool regrowth toward its starting size, per quarter. */
export const POOL_REGROWTH = 0.05;
/** Chance that a loyal, delighted customer brings a friend in a quarter. */
export const REFERRAL_RATE = 0.03;
/** Annual discount rate used for CLV. */
export const DISCOUNT_RATE = 0.1;
/** Hard selling's push on this quarter's purchases. */
export const SELLING_PUSH = 1.3;
