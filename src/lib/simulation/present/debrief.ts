import { CAUSE_REFS as REF, customerCentricity, type QuarterReport } from '$lib/simulation/core';
import { count, money } from '../../format/money';
import { causeText } from './causes';
import { DEBRIEF_TEXT } from './text/debrief';
import { METRICS } from './text/metrics';
import { fill } from './text/template';
import { customerEquityOf, firmValueOf } from './firm-value';

/**
 * The end-of-game debrief: four scores, the lessons the engine's causes add up to (in the
 * course's terms, each linked to its section), and how the run compares with the
 * built-in balanced programme on the same seed.
 */

export type Score = { id: string; label: string; value: number; text: string; explain: string };

const pct = (x: number) => `${Math.round(x * 100)}%`;
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** 0–100: how customer-centred the run was, from what was really spent and delivered. */
export { customerCentricity };

export function scores(
	history: readonly QuarterReport[],
	balanced?: readonly QuarterReport[]
): Score[] {
	const last = history.at(-1);
	const profit = last?.cumulativeProfit ?? 0;
	const reference = balanced?.at(-1)?.cumulativeProfit;
	const retention = mean(history.map((r) => r.retentionRate));
	const satisfied = mean(history.map((r) => r.satisfiedShare));
	const centred = customerCentricity(history);
	const t = DEBRIEF_TEXT.scores;
	return [
		{
			id: 'profit',
			label: t.profit.label,
			// 50 = as much as the balanced programme; each 1% more (of its size) adds half a
			// point. Also when the balanced programme is still in the red over a short game.
			value:
				reference !== undefined
					? Math.max(
							0,
							Math.min(
								100,
								Math.round(50 + (50 * (profit - reference)) / Math.max(1, Math.abs(reference)))
							)
						)
					: profit > 0
						? 60
						: 20,
			text: fill(t.profit.text, { profit: money(profit) }),
			explain:
				reference !== undefined
					? fill(t.profit.explain, { reference: money(reference) })
					: t.profit.explainAlone
		},
		{
			id: 'retention',
			label: t.retention.label,
			value: Math.round(retention * 100),
			text: fill(t.retention.text, { retention: pct(retention) }),
			explain: t.retention.explain
		},
		{
			id: 'satisfaction',
			label: t.satisfaction.label,
			value: Math.round(satisfied * 100),
			text: fill(t.satisfaction.text, { satisfied: pct(satisfied) }),
			explain: t.satisfaction.explain
		},
		{
			id: 'centricity',
			label: t.centricity.label,
			value: centred,
			text: fill(t.centricity.text, { centricity: centred }),
			explain: t.centricity.explain
		}
	];
}

/** What each section's causes teach, in the course's words. */
const LESSON_BY_REF: Record<string, string> = DEBRIEF_TEXT.lessons;

export type Lesson = { ref: string; lesson: string; evidence: string; quarters: number };

/** The 3–6 lessons with the most weight across the run's causes. */
export function lessons(history: readonly QuarterReport[], max = 6): Lesson[] {
	const byRef = new Map<string, { weight: number; quarters: number; evidence: string }>();
	for (const report of history) {
		for (const cause of report.causes) {
			const entry = byRef.get(cause.ref) ?? { weight: 0, quarters: 0, evidence: '' };
			entry.weight += cause.weight;
			entry.quarters += 1;
			entry.evidence = fill(DEBRIEF_TEXT.evidence, {
				quarter: report.quarter,
				cause: causeText(cause)
			});
			byRef.set(cause.ref, entry);
		}
	}
	const ranked = [...byRef]
		.sort((a, b) => b[1].weight - a[1].weight)
		.map(([ref, e]) => ({
			ref,
			lesson: LESSON_BY_REF[ref] ?? e.evidence,
			evidence: e.evidence,
			quarters: e.quarters
		}));
	// Always at least three: fill with the course's core lessons when the run was quiet.
	for (const ref of [REF.giaTriDanhChoKhachHang, REF.suThoaMan, REF.thuHutVaGiuChan]) {
		if (ranked.length >= 3) break;
		if (!ranked.some((l) => l.ref === ref))
			ranked.push({ ref, lesson: LESSON_BY_REF[ref]!, evidence: '', quarters: 0 });
	}
	return ranked.slice(0, max);
}

export type Comparison = { label: string; mine: string; balanced: string; better: boolean | null };

/** Mine against another run (the balanced programme…), firm value first, on the same seed. */
export function compareRuns(
	mine: readonly QuarterReport[],
	other: readonly QuarterReport[]
): Comparison[] {
	const last = (h: readonly QuarterReport[], of: (r: QuarterReport) => number) => {
		const report = h.at(-1);
		return report ? of(report) : 0;
	};
	const rows: [string, (h: readonly QuarterReport[]) => number, (x: number) => string][] = [
		[METRICS.finalFirmValue, (h) => last(h, firmValueOf), money],
		[METRICS.finalCustomerEquity, (h) => last(h, customerEquityOf), money],
		[METRICS.cumulativeProfit, (h) => h.at(-1)?.cumulativeProfit ?? 0, money],
		[METRICS.finalCustomers, (h) => h.at(-1)?.customers ?? 0, (x) => count(Math.round(x))],
		[METRICS.cumulativeRevenue, (h) => h.reduce((s, r) => s + r.revenue, 0), money],
		[METRICS.averageRetention, (h) => mean(h.map((r) => r.retentionRate)), pct],
		[METRICS.averageSatisfied, (h) => mean(h.map((r) => r.satisfiedShare)), pct],
		[METRICS.finalClv, (h) => h.at(-1)?.clv ?? 0, money]
	];
	return rows.map(([label, measure, show]) => {
		const a = measure(mine);
		const b = measure(other);
		return { label, mine: show(a), balanced: show(b), better: a === b ? null : a > b };
	});
}
