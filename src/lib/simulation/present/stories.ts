import type { StoryEntry } from '$lib/simulation/core';
import { formatDecimal } from '$lib/format/numbers';
import { MESSAGES } from './text/messages';
import { fill } from './text/template';

/**
 * What became of a tracked customer in a quarter, in words: stayed, or left and why (a
 * customer who leaves disappointed had P below E; one who leaves satisfied was lured away).
 */
export function storyOutcome(
	entry: Pick<StoryEntry, 'alive' | 'satisfied' | 'perceived' | 'expectation'>
): string {
	if (entry.alive) return MESSAGES.storyStayed;
	if (entry.satisfied) return MESSAGES.storyLeftSatisfied;
	return fill(MESSAGES.storyLeftDisappointed, {
		perceived: formatDecimal(entry.perceived, 1),
		expectation: formatDecimal(entry.expectation, 1)
	});
}
