/**
 * Chapter 9's complaint iceberg (phan-nan-va-trung-thanh#tang-bang-chim) from what the learner
 * typed: the complaints a firm receives are the share of unhappy customers who speak up, so
 * unhappy ≈ complaints ÷ that share; the rest are silent, some of them stop buying, and each
 * takes a year's margin with them. People are whole: each step is rounded before the next, so
 * the worked lines multiply out as written.
 */
import { formatDecimal, formatMoney, formatPercent } from '$lib/format/numbers';
import { fieldText, notShown, readNumbers, type FieldRule } from '../shared/calculator';
import { fill } from '../shared/template';
import type { ComplaintIcebergText } from './schema';

export type IcebergInputs = {
	/** Complaints received. */
	complaints: number;
	/** Share of unhappy customers who complain, above 0 and at most 1. */
	voiceRate: number;
	/** Share of the silent unhappy customers who stop buying, 0–1. */
	leaveRate: number;
	/** Gross margin a customer brings each year, đồng. */
	margin: number;
};

export type FieldKey = keyof IcebergInputs;
export type Raw = Record<FieldKey, string>;

export const FIELD_KEYS = ['complaints', 'voiceRate', 'leaveRate', 'margin'] as const;
/** Whole complaints; a share who speak up of at least 0,1% (it divides). */
const RULES: Record<FieldKey, FieldRule> = {
	complaints: { whole: true },
	voiceRate: { min: 0.1, max: 100, percent: true },
	leaveRate: { max: 100, percent: true },
	margin: {}
};

/** The fields as a learner would type them: "120", "5", "2.000.000". */
export const toRaw = (inputs: IcebergInputs): Raw => fieldText(inputs, RULES);

export type Reading = { errors: Record<FieldKey, string>; values: Partial<IcebergInputs> };

/** Reads every field by its rule. */
export const readFields = (raw: Raw, wholeNumber: string): Reading =>
	readNumbers(raw, RULES, wholeNumber);

export type Iceberg = { unhappy: number; silent: number; leaving: number; lost: number };

/** The chapter's steps with whole people: 120 complaints at 5% → 2.400 unhappy, 2.280 silent… */
export function iceberg(x: IcebergInputs): Iceberg {
	const unhappy = Math.round(x.complaints / x.voiceRate);
	const silent = unhappy - x.complaints;
	const leaving = Math.round(silent * x.leaveRate);
	return { unhappy, silent, leaving, lost: leaving * x.margin };
}

const approx = (exact: number, rounded: number) => (Math.abs(exact - rounded) < 1e-6 ? '=' : '≈');
/** A share as the chapter writes it when dividing by it: 0.05 → "0,05". */
const asShare = (share: number) => formatDecimal(share, 4);

/** Which steps need which fields, in order. */
const NEEDS: Record<keyof ComplaintIcebergText['steps'], readonly FieldKey[]> = {
	unhappy: ['complaints', 'voiceRate'],
	silent: ['complaints', 'voiceRate'],
	leaving: ['complaints', 'voiceRate', 'leaveRate'],
	lost: FIELD_KEYS
};

export type Worked = {
	lines: string[];
	/** Why the steps after the last line wait, or null when every step is shown. */
	reason: string | null;
	/** The tip and the hidden part, once the unhappy customers can be counted. */
	tip: { complaints: number; silent: number; unhappy: number } | null;
};

/**
 * The worked lines that the readable fields allow, then (if any step is left) why the rest
 * waits, naming the fields it waits for.
 */
export function workedLines(reading: Reading, words: ComplaintIcebergText): Worked {
	const can = (step: keyof typeof NEEDS) =>
		NEEDS[step].every((k) => reading.values[k] !== undefined);
	const reason = notShown(FIELD_KEYS, reading.values, words);
	if (!can('unhappy')) return { lines: [], reason, tip: null };

	const x = { leaveRate: 0, margin: 0, ...reading.values } as IcebergInputs;
	const result = iceberg(x);
	const people = (n: number) => formatMoney(n);
	const lines = [
		fill(words.steps.unhappy, {
			complaints: people(x.complaints),
			voice: asShare(x.voiceRate),
			approx: approx(x.complaints / x.voiceRate, result.unhappy),
			unhappy: people(result.unhappy)
		}),
		fill(words.steps.silent, {
			unhappy: people(result.unhappy),
			complaints: people(x.complaints),
			silent: people(result.silent)
		})
	];
	if (can('leaving'))
		lines.push(
			fill(words.steps.leaving, {
				silent: people(result.silent),
				leave: formatPercent(x.leaveRate),
				approx: approx(result.silent * x.leaveRate, result.leaving),
				leaving: people(result.leaving)
			})
		);
	if (can('lost'))
		lines.push(
			fill(words.steps.lost, {
				leaving: people(result.leaving),
				margin: formatMoney(x.margin),
				lost: formatMoney(result.lost)
			})
		);
	const tip = { complaints: x.complaints, silent: result.silent, unhappy: result.unhappy };
	return { lines, reason, tip };
}
