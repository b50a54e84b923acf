import type { QuarterReport } from '$lib/simulation/core';
import { count, money, percent, signed } from '../../format/money';
import { formatDecimal } from '../../format/numbers';
import { METRICS } from './text/metrics';
import { firmValueOf } from './firm-value';

/** A headline number of the latest quarter and its change since the one before (if any). */
export type Kpi = { id: string; label: string; value: string; delta: string | null };

/** A change in a rate, in percentage points: "+1,5 điểm %". */
export const points = (x: number) => `${formatDecimal(x * 100, 1)} điểm %`;

/**
 * The six headline numbers of the last report, firm value first (the game's result), each
 * with its change since the one before.
 */
export function kpiCards(reports: readonly QuarterReport[]): Kpi[] {
	const now = reports.at(-1);
	const before = reports.at(-2);
	if (!now) return [];
	const card = (
		id: string,
		label: string,
		of: (r: QuarterReport) => number,
		show: (x: number) => string,
		showChange = show
	): Kpi => ({
		id,
		label,
		value: show(of(now)),
		delta: before ? signed(showChange(Math.abs(of(now) - of(before))), of(now) - of(before)) : null
	});
	return [
		card('firm-value', METRICS.firmValue, firmValueOf, money),
		card('profit', METRICS.profit, (r) => r.profit, money),
		card('customers', METRICS.customers, (r) => r.customers, count),
		card('retention', METRICS.retentionRate, (r) => r.retentionRate, percent, points),
		card('satisfied', METRICS.satisfiedShare, (r) => r.satisfiedShare, percent, points),
		card('clv', METRICS.clv, (r) => r.clv, money)
	];
}
