import { POLICIES, runPolicy, type QuarterReport, type Scenario } from '../core';
import { firmValueOf } from './firm-value';

/**
 * The firm's goal, stated in its brief and graded at the end: a band of firm value and of
 * average quarterly retention. The band runs from what the balanced programme reaches to
 * what the strongest customer-centric programme reaches on the same firm, so it moves
 * with the model's calibration instead of being written by hand.
 */
export type Goal = {
	firmValue: [low: number, high: number];
	retention: [low: number, high: number];
};

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const retentionOf = (history: readonly QuarterReport[]) =>
	mean(history.map((r) => r.retentionRate));

/** The strongest customer-centric programmes the engine knows, best first. */
const CUSTOMER_CENTRIC = ['customer-centric', 'societal'];

/** The goal for a scenario, from full games on seed 1 (deterministic: same every build). */
export function goalFor(scenario: Scenario, seed = 1): Goal {
	const run = (policy: string) => runPolicy(scenario, policy, seed).history;
	const balanced = run('balanced');
	const strong = CUSTOMER_CENTRIC.filter((id) => POLICIES[id]).map(run);
	const low = firmValueOf(balanced.at(-1)!);
	const best = Math.max(low, ...strong.map((h) => firmValueOf(h.at(-1)!)));
	// Always a real band: at least 10% of the low end above it.
	const high = Math.max(best, low + Math.abs(low) * 0.1);
	const retentionLow = retentionOf(balanced);
	const retentionHigh = Math.max(retentionLow, ...strong.map(retentionOf));
	const toMillion = (x: number, round: (x: number) => number) => round(x / 1000) * 1000;
	return {
		firmValue: [toMillion(low, Math.floor), toMillion(high, Math.ceil)],
		// to a tenth of a percentage point, as the screens show rates
		retention: [Math.floor(retentionLow * 1000) / 1000, Math.ceil(retentionHigh * 1000) / 1000]
	};
}

export type GradeLevel = 'excellent' | 'good' | 'pass' | 'fail';

/**
 * One overall grade for a finished game against its goal: excellent when both firm value and
 * retention reach the top of their bands, good when both are inside, pass for one of
 * the two, fail for neither.
 */
export function gradeOf(history: readonly QuarterReport[], goal: Goal): GradeLevel {
	const last = history.at(-1);
	if (!last) return 'fail';
	const value = firmValueOf(last);
	const retention = retentionOf(history);
	const valueOk = value >= goal.firmValue[0];
	const retentionOk = retention >= goal.retention[0];
	if (value >= goal.firmValue[1] && retention >= goal.retention[1]) return 'excellent';
	if (valueOk && retentionOk) return 'good';
	return valueOk || retentionOk ? 'pass' : 'fail';
}

export { retentionOf as averageRetention };
