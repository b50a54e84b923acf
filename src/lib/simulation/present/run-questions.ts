import { parseContent } from '$lib/content/errors';
import type { Cause, QuarterReport } from '$lib/simulation/core';
import { formatDecimal, formatMoney } from '$lib/format/numbers';
import { money } from '../../format/money';
import { causeText } from './causes';
import type { RunQuestion } from './run-question-id';
import { RunQuestionsSchema } from './text/run-questions';
import { fill } from './text/template';
import texts from '../../../../content/simulator/run-questions.json';

/**
 * Questions made from the learner's own run, asked at the debrief and then reviewed on
 * /on-tap like missed bank questions: which quarter retention fell most and why, which
 * segment brought most profit, what the last quarters did to customer equity, how much
 * more the disappointed left, how much dearer a new customer was. Each is a single-choice
 * question whose key is computed from the run, so it is right by construction, and whose
 * explanation is drawn from the engine's causes, with the section that teaches it.
 */

export { isRunQuestion, type RunQuestion } from './run-question-id';
export type RunInfo = { scenarioName: string; seed: number };

export const RUN_QUESTION_TEXT = parseContent(
	RunQuestionsSchema,
	texts,
	'content/simulator/run-questions.json'
);

const pct = (x: number) => `${formatDecimal(x * 100, 1)}%`;
const times = (x: number) => formatDecimal(x, 1);
/** A cost per customer (thousand đồng) in đồng: 38.000 đ. */
const perCustomer = (thousands: number) => `${formatMoney(thousands * 1000)} đ`;
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
/** The index of the first bound `x` is below: bins [−∞, b0), [b0, b1), [b1, b2), [b2, ∞). */
const bin = (x: number, bounds: [number, number, number]) => {
	const i = bounds.findIndex((b) => x < b);
	return i < 0 ? 3 : i;
};

/** The causes that say something particular about a quarter, before the standing ones. */
const GENERAL = new Set(['retention-builds-clv', 'satisfaction-foundation']);
const mainCause = (causes: readonly Cause[]) =>
	causes.find((c) => !GENERAL.has(c.code)) ?? causes[0];

type Draft = Omit<RunQuestion, 'id' | 'type' | 'difficulty'>;

function retentionDrop(history: readonly QuarterReport[]): Draft | null {
	const drops = history.slice(1).map((r, i) => ({
		report: r,
		before: history[i]!.retentionRate,
		drop: history[i]!.retentionRate - r.retentionRate
	}));
	if (drops.length < 4) return null;
	const worst = drops.reduce((a, b) => (b.drop > a.drop ? b : a));
	// The other options are the quarters where retention fell least, so the key stands out.
	const others = drops
		.filter((d) => d !== worst)
		.sort((a, b) => a.drop - b.drop || a.report.quarter - b.report.quarter)
		.slice(0, 3);
	if (worst.drop < 0.002 || worst.drop - others[2]!.drop < 0.002) return null;
	const shown = [worst, ...others].sort((a, b) => a.report.quarter - b.report.quarter);
	const t = RUN_QUESTION_TEXT.retentionDrop;
	const cause = mainCause(worst.report.causes);
	const values = {
		quarter: worst.report.quarter,
		before: pct(worst.before),
		after: pct(worst.report.retentionRate)
	};
	return {
		prompt: t.prompt,
		options: shown.map((d) => fill(t.option, { quarter: d.report.quarter })),
		answer: shown.indexOf(worst),
		explanation: cause
			? fill(t.explanation, { ...values, cause: causeText(cause) })
			: fill(t.noCause, values),
		ref: cause?.ref ?? t.ref
	};
}

function topSegment(history: readonly QuarterReport[]): Draft | null {
	const last = history.at(-1);
	if (!last || last.segments.length < 3) return null;
	const profit = new Map<string, number>();
	for (const r of history)
		for (const s of r.segments) profit.set(s.id, (profit.get(s.id) ?? 0) + s.profit);
	const ranked = [...last.segments]
		.map((s) => ({ name: s.name, profit: profit.get(s.id) ?? 0, order: last.segments.indexOf(s) }))
		.sort((a, b) => b.profit - a.profit || a.order - b.order);
	const [best, second] = ranked as [(typeof ranked)[0], (typeof ranked)[0]];
	const shown = ranked.slice(0, 3).sort((a, b) => a.order - b.order);
	const t = RUN_QUESTION_TEXT.topSegment;
	const options = [...shown.map((s) => s.name), t.none];
	const gain = best.profit > 0;
	return {
		prompt: t.prompt,
		options,
		answer: gain ? shown.indexOf(best) : 3,
		explanation: gain
			? fill(t.explanation, {
					segment: best.name,
					profit: money(best.profit),
					second: second.name,
					secondProfit: money(second.profit)
				})
			: fill(t.explanationNone, { segment: best.name, profit: money(best.profit) }),
		ref: t.ref
	};
}

/** Customer equity (thousand đồng), when the engine reports it. */
export const equityOf = (r: QuarterReport): number | undefined =>
	(r as { customerEquity?: number }).customerEquity;

const spent = (r: QuarterReport) => Object.values(r.decisions.spend).reduce((a, b) => a + b, 0);

function equity(history: readonly QuarterReport[]): Draft | null {
	const span = 4;
	if (history.length < span + 2) return null;
	const from = history[history.length - 1 - span]!;
	const to = history.at(-1)!;
	const [before, after] = [equityOf(from), equityOf(to)];
	if (before === undefined || after === undefined || !(before > 0) || !Number.isFinite(after))
		return null;
	const change = after / before - 1;
	const t = RUN_QUESTION_TEXT.equity;
	const tail = history.slice(-span);
	const earlier = history.slice(0, -span);
	const selling =
		tail.some((r) => r.decisions.philosophy === 'selling') &&
		earlier.every((r) => r.decisions.philosophy !== 'selling');
	const cut = mean(tail.map(spent)) < 0.7 * mean(earlier.map(spent));
	const note = selling ? t.harvestSelling : cut ? t.harvestCut : t.steady;
	return {
		prompt: fill(t.prompt, { quarters: span }),
		options: t.options,
		answer: change > 0.1 ? 0 : change >= -0.1 ? 1 : change >= -0.3 ? 2 : 3,
		explanation: `${fill(t.explanation, {
			before: money(before),
			from: from.quarter,
			after: money(after),
			to: to.quarter,
			change: `${change >= 0 ? '+' : '−'}${pct(Math.abs(change))}`
		})} ${note}`,
		ref: t.ref
	};
}

function churnRatio(history: readonly QuarterReport[]): Draft | null {
	const dissatisfied = mean(history.map((r) => r.churnDissatisfied));
	const satisfied = mean(history.map((r) => r.churnSatisfied));
	if (!(satisfied > 0) || !(dissatisfied > 0)) return null;
	const ratio = dissatisfied / satisfied;
	const t = RUN_QUESTION_TEXT.churnRatio;
	return {
		prompt: t.prompt,
		options: t.options,
		answer: bin(ratio, [1, 2, 4]),
		explanation: fill(t.explanation, {
			dissatisfied: pct(dissatisfied),
			satisfied: pct(satisfied),
			ratio: times(ratio)
		}),
		ref: t.ref
	};
}

function acquisitionRatio(history: readonly QuarterReport[]): Draft | null {
	const quarters = history.filter(
		(r) => r.acquisitionCostPerNewCustomer !== null && r.retentionCostPerKeptCustomer
	);
	if (!quarters.length) return null;
	const acquisition = mean(quarters.map((r) => r.acquisitionCostPerNewCustomer!));
	const retention = mean(quarters.map((r) => r.retentionCostPerKeptCustomer!));
	const ratio = acquisition / retention;
	const t = RUN_QUESTION_TEXT.acquisitionRatio;
	return {
		prompt: t.prompt,
		options: t.options,
		answer: bin(ratio, [1, 3, 6]),
		explanation: fill(t.explanation, {
			acquisition: perCustomer(acquisition),
			retention: perCustomer(retention),
			ratio: times(ratio)
		}),
		ref: t.ref
	};
}

/** FNV-1a: a short, stable name for a run (scenario, seed and every decision). */
function runHash(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
	return (h >>> 0).toString(36);
}

/** The run's id for its questions: the same run always gets the same ids. */
export const runId = (history: readonly QuarterReport[], run: RunInfo) =>
	`van-${runHash(JSON.stringify([run.scenarioName, run.seed, history.map((r) => r.decisions)]))}`;

/**
 * The 3–5 questions of a finished run (fewer when the run is too short to ask them),
 * deterministic: the same history gives the same questions, ids and keys.
 */
export function runQuestions(history: readonly QuarterReport[], run: RunInfo): RunQuestion[] {
	const id = runId(history, run);
	const context = fill(RUN_QUESTION_TEXT.context, { scenario: run.scenarioName, seed: run.seed });
	const makers = [retentionDrop, topSegment, equity, churnRatio, acquisitionRatio];
	return makers.flatMap((make, i) => {
		const draft = history.length ? make(history) : null;
		if (!draft) return [];
		return [
			{
				...draft,
				id: `${id}-${String(i + 1).padStart(3, '0')}`,
				type: 'single' as const,
				difficulty: 2 as const,
				prompt: `${context} ${draft.prompt}`
			}
		];
	});
}
