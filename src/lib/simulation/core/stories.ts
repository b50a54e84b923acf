import { ALIVE, SATISFIED, type CustomerArrays } from './customer-arrays';
import { spendFactor } from './plan';

/** Customers whose stories are recorded from the start of a game. */
export const STORY_SAMPLE = 24;

/** One quarter in the life of a tracked customer. */
export type StoryEntry = {
	quarter: number;
	stage: number;
	expectation: number;
	perceived: number;
	satisfied: boolean;
	spend: number;
	alive: boolean;
};

type Watched = { customer: number; index: number; stage: number; expectation: number };

/**
 * Tracked customers alive as the quarter begins, as they were then. `rows` maps each tracked
 * customer (their number in order of joining) to their row, −1 once gone.
 */
export function watchTracked(a: CustomerArrays, rows: Map<number, number>): Watched[] {
	const watched: Watched[] = [];
	for (const [customer, index] of rows) {
		if (index >= 0 && a.flags[index]! & ALIVE)
			watched.push({
				customer,
				index,
				stage: a.stage[index]!,
				expectation: a.expectation[index]!
			});
	}
	return watched;
}

/**
 * Adds this quarter to the stories of the tracked customers, from what playCustomers left
 * in their rows (written here rather than in the loop, which then has no calls to make).
 */
export function writeStories(
	a: CustomerArrays,
	stories: Map<number, StoryEntry[]>,
	watched: Watched[],
	quarter: number,
	revenueFactor: Float64Array
) {
	for (const { customer, index, stage, expectation } of watched) {
		const perceived = a.perceived[index]!;
		const satisfied = (a.flags[index]! & SATISFIED) !== 0;
		const story = stories.get(customer)!;
		if (!(a.flags[index]! & ALIVE)) {
			story.push({
				quarter,
				stage,
				expectation,
				perceived,
				satisfied,
				spend: 0,
				alive: false
			});
			continue;
		}
		// The quarter's purchases, as playCustomers computed them from the starting stage.
		const spend = a.spendLevel[index]! * spendFactor(stage, revenueFactor[a.segment[index]!]!);
		story.push({
			quarter,
			stage: a.stage[index]!,
			expectation,
			perceived,
			satisfied,
			spend,
			alive: true
		});
	}
}
