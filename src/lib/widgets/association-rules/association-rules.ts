/**
 * Chapter 7's three measures of an association rule A → B (du-lieu-va-phan-tich#luat-ket-hop)
 * from basket counts the learner typed: support = both ÷ baskets, confidence = both ÷ baskets
 * with A, lift = confidence ÷ share of baskets with B; and whether the lift says the two go
 * together, are unrelated or keep apart.
 */
import { formatDecimal, formatPercent } from '$lib/format/numbers';
import { fieldText, notShown, readNumbers, type FieldRule } from '../shared/calculator';
import { fill } from '../shared/template';
import type { AssociationRulesText } from './schema';

export type BasketCounts = {
	/** Baskets (receipts) in all. */
	baskets: number;
	/** Baskets with A, with B, and with both. */
	withA: number;
	withB: number;
	withBoth: number;
};

export type FieldKey = keyof BasketCounts;
export type Raw = Record<FieldKey, string>;

export const FIELD_KEYS = ['baskets', 'withA', 'withB', 'withBoth'] as const;

/** Whole counts, at least 1 where they divide. */
const RULES: Record<FieldKey, FieldRule> = {
	baskets: { min: 1, whole: true },
	withA: { min: 1, whole: true },
	withB: { min: 1, whole: true },
	withBoth: { whole: true }
};

/** The counts as a learner would type them: "10.000". */
export const toRaw = (x: BasketCounts): Raw => fieldText(x, RULES);

export type Reading = { errors: Record<FieldKey, string>; values: Partial<BasketCounts> };

/**
 * Reads every field as a whole count (at least 1 where it divides), then refuses counts that
 * cannot happen: more baskets with A or B than baskets, more with both than with either.
 */
export function readFields(raw: Raw, words: AssociationRulesText): Reading {
	const { errors, values } = readNumbers(raw, RULES, words.wholeNumber);
	const refuse = (key: FieldKey, message: string) => {
		errors[key] = message;
		delete values[key];
	};
	const { baskets, withA, withB, withBoth } = values;
	if (baskets !== undefined) {
		if (withA !== undefined && withA > baskets) refuse('withA', words.moreThanBaskets);
		if (withB !== undefined && withB > baskets) refuse('withB', words.moreThanBaskets);
	}
	if (withBoth !== undefined && withBoth > Math.min(withA ?? Infinity, withB ?? Infinity))
		refuse('withBoth', words.moreThanEither);
	return { errors, values };
}

export type Verdict = 'together' | 'unrelated' | 'apart';

export type Measures = {
	support: number;
	confidence: number;
	shareB: number;
	lift: number;
	reverse: number;
	verdict: Verdict;
};

/** The chapter's measures; the verdict compares lift with 1 exactly, in whole numbers. */
export function measures(x: BasketCounts): Measures {
	const confidence = x.withBoth / x.withA;
	const shareB = x.withB / x.baskets;
	// lift = (both ÷ A) ÷ (B ÷ baskets), compared with 1 without dividing
	const together = x.withBoth * x.baskets - x.withA * x.withB;
	return {
		support: x.withBoth / x.baskets,
		confidence,
		shareB,
		lift: confidence / shareB,
		reverse: x.withBoth / x.withB,
		verdict: together > 0 ? 'together' : together === 0 ? 'unrelated' : 'apart'
	};
}

/** "=" when the shown figure is exact, "≈" when it was rounded. */
const sign = (exact: number, shown: string) =>
	Math.abs(exact - Number(shown.replace('%', '').replace(/\./g, '').replace(',', '.'))) < 1e-9
		? '='
		: '≈';
const percent = (share: number) => {
	const shown = formatPercent(share);
	return { shown, approx: sign(share * 100, shown) };
};

/** A figure under its gap's name, with its sign: { support: '8%', approx: '=' }. */ const named = (
	name: string,
	figure: { shown: string; approx: string }
) => ({
	[name]: figure.shown,
	approx: figure.approx
});

export type Worked =
	| { ok: true; lines: string[]; verdict: Verdict; measures: Measures }
	| { ok: false; reason: string };

/** The worked lines with the learner's counts, or why they are not shown. */
export function workedLines(reading: Reading, words: AssociationRulesText): Worked {
	const reason = notShown(FIELD_KEYS, reading.values, words);
	if (reason) return { ok: false, reason };
	const x = reading.values as BasketCounts;
	const m = measures(x);
	const n = (count: number) => formatDecimal(count, 0);
	const support = percent(m.support);
	const confidence = percent(m.confidence);
	const shareB = percent(m.shareB);
	const reverse = percent(m.reverse);
	const lift = formatDecimal(m.lift, 2);
	const lines = [
		fill(words.lines.support, {
			withBoth: n(x.withBoth),
			baskets: n(x.baskets),
			...named('support', support)
		}),
		fill(words.lines.confidence, {
			withBoth: n(x.withBoth),
			withA: n(x.withA),
			...named('confidence', confidence)
		}),
		fill(words.lines.shareB, {
			withB: n(x.withB),
			baskets: n(x.baskets),
			...named('shareB', shareB)
		}),
		fill(words.lines.lift, {
			confidence: confidence.shown,
			shareB: shareB.shown,
			approx: sign(m.lift, lift),
			lift
		}),
		fill(words.lines.reverse, {
			withBoth: n(x.withBoth),
			withB: n(x.withB),
			...named('reverse', reverse)
		})
	];
	return { ok: true, lines, verdict: m.verdict, measures: m };
}
