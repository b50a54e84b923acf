import { POLICIES, runPolicy, type QuarterReport, type Scenario } from '../core';
import { firmValueOf } from './firm-value';

/**
 * The firm's goal, stated in its brief and graded at the end: a band of firm value and of
 * average quarterly retention. The band runs from what the balanced programme reaches to
 * what the strongest customer-centric programme reaches on the same firm, each on every one
 * of several games (GOAL_SEEDS): a learner's game code is chance, and a band made from one
 * lucky or unlucky game would grade the same play differently. It moves with the model's
 * calibration instead of being written by hand.
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

/** The games the goal is made from: the calibration's seeds. */
export const GOAL_SEEDS = [1, 2, 3];

/**
 * One game code's ends of the band: the balanced programme, and the customer-centric
 * programme with the highest firm value (its firm value and its retention).
 */
function endsOn(scenario: Scenario, seed: number) {
	const run = (policy: string) => runPolicy(scenario, policy, seed).history;
	const balanced = run('balanced');
	const strongest = CUSTOMER_CENTRIC.filter((id) => POLICIES[id])
		.map(run)
		.reduce((a, b) => (firmValueOf(b.at(-1)!) > firmValueOf(a.at(-1)!) ? b : a), balanced);
	return {
		value: firmValueOf(balanced.at(-1)!),
		best: firmValueOf(strongest.at(-1)!),
		retention: retentionOf(balanced),
		bestRetention: retentionOf(strongest)
	};
}

/**
 * The goal for a scenario (deterministic: same every build): the low ends are what the
 * balanced programme reaches on every one of the seeds, the high ends what the strongest
 * customer-centric programme reaches on every one of them.
 */
export function goalFor(scenario: Scenario, seeds: readonly number[] = GOAL_SEEDS): Goal {
	const ends = seeds.map((seed) => endsOn(scenario, seed));
	const lowest = (pick: (e: (typeof ends)[number]) => number) => Math.min(...ends.map(pick));
	const low = lowest((e) => e.value);
	// Always a real band: at least 10% of the low end above it.
	const high = Math.max(
		lowest((e) => e.best),
		low + Math.abs(low) * 0.1
	);
	const retentionLow = lowest((e) => e.retention);
	const retentionHigh = Math.max(
		retentionLow,
		lowest((e) => e.bestRetention)
	);
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
