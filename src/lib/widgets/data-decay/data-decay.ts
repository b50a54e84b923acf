/**
 * Chapter 7's data decay (du-lieu-va-phan-tich#suy-giam-du-lieu) from what the learner typed:
 * each month a share of the records still correct goes out of date, so after n months
 * records × (1 − rate)^n are still correct, fewer lost than the rate × n that adding up
 * the months would say.
 */
import { formatDecimal, formatPercent } from '$lib/format/numbers';
import { fieldText, notShown, readNumbers, type FieldRule } from '../shared/calculator';
import { fill } from '../shared/template';
import type { DataDecayText } from './schema';

export type DecayInputs = {
	/** Records (contacts) correct at the start. */
	records: number;
	/** Share of the still-correct records that go out of date each month, 0–1. */
	rate: number;
	/** Months. */
	months: number;
};

export type FieldKey = keyof DecayInputs;
export type Raw = Record<FieldKey, string>;
export const FIELD_KEYS = ['records', 'rate', 'months'] as const;

/** Records and months are whole numbers (months at most 600), the rate 0–100%. */
const RULES: Record<FieldKey, FieldRule> = {
	records: { min: 1, whole: true },
	rate: { max: 100, percent: true },
	months: { max: 600, whole: true }
};

/** The fields as a learner would type them: "2.000", "2", "12". */
export const toRaw = (x: DecayInputs): Raw => fieldText(x, RULES);

export type Reading = { errors: Record<FieldKey, string>; values: Partial<DecayInputs> };

/** Reads every field by its rule. */
export const readFields = (raw: Raw, words: DataDecayText): Reading =>
	readNumbers(raw, RULES, words.wholeNumber);

export type Decay = {
	/** (1 − rate)^months: the share still correct. */
	factor: number;
	correct: number;
	outdated: number;
	/** rate × months, capped at 100%: what adding up the months would say. */
	naive: number;
};

/** The chapter's example: 2.000 contacts at 2% a month keep ≈ 1.569 after 12 months. */
export function decay(x: DecayInputs): Decay {
	const factor = (1 - x.rate) ** x.months;
	const correct = Math.round(x.records * factor);
	return {
		factor,
		correct,
		outdated: x.records - correct,
		naive: Math.min(1, x.rate * x.months)
	};
}

export type Worked = { ok: true; lines: string[] } | { ok: false; reason: string };

/** The worked lines with the learner's numbers, or why they are not shown. */
export function workedLines(reading: Reading, words: DataDecayText): Worked {
	const reason = notShown(FIELD_KEYS, reading.values, words);
	if (reason) return { ok: false, reason };
	const x = reading.values as DecayInputs;
	const d = decay(x);
	const records = formatDecimal(x.records, 0);
	return {
		ok: true,
		lines: [
			fill(words.lines.correct, {
				records,
				keep: formatDecimal(1 - x.rate, 4),
				months: formatDecimal(x.months, 0),
				factor: formatDecimal(d.factor, 3),
				correct: formatDecimal(d.correct, 0)
			}),
			fill(words.lines.outdated, {
				records,
				correct: formatDecimal(d.correct, 0),
				outdated: formatDecimal(d.outdated, 0),
				share: formatPercent(1 - d.factor)
			}),
			// adding up overstates the loss only from the second month on
			...(d.naive - (1 - d.factor) > 1e-9
				? [
						fill(words.lines.naive, {
							rate: formatPercent(x.rate),
							months: formatDecimal(x.months, 0),
							naive: formatPercent(d.naive)
						})
					]
				: [])
		]
	};
}
