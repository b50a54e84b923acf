import { afterEach, describe, expect, it } from 'vitest';
import { removeKey, writeKey } from '$lib/site/storage';
import {
	DEFAULT_REVIEW_CAP,
	gradeMiss,
	readReviewCap,
	recordReview,
	REVIEW_CAP_KEY,
	writeReviewCap
} from './review-answers';
import { learner } from './learner.svelte';

describe('review answers', () => {
	afterEach(() => removeKey(REVIEW_CAP_KEY));

	it('keeps the daily cap within its range, the default when unreadable', () => {
		expect(readReviewCap()).toBe(DEFAULT_REVIEW_CAP);
		writeReviewCap(7);
		expect(readReviewCap()).toBe(7);
		writeReviewCap(0);
		expect(readReviewCap()).toBe(1);
		writeKey(REVIEW_CAP_KEY, 'nhiều');
		expect(readReviewCap()).toBe(DEFAULT_REVIEW_CAP);
	});

	it('grades a miss again from the card it found, the answer itself kept', () => {
		learner.connect();
		const now = Date.UTC(2026, 10, 23, 8);
		const answer = recordReview('ba-001', false, now);
		const again = learner.progress.review['ba-001']!;
		const slip = gradeMiss(answer, 'slip');
		expect(slip.due).toBeGreaterThan(again.due);
		expect(learner.progress.review['ba-001']).toEqual(slip);
		expect(learner.progress.answers['ba-001']).toMatchObject({ wrong: 1, right: 0 });
		expect(gradeMiss(answer, 'unknown')).toEqual(again);
	});
});
