import { learnFromAnswer } from '$lib/quiz/core/learn';
import { recordAnswer, type Miss, type ReviewCard } from '$lib/quiz/core/review';
import { isRunQuestion } from '$lib/simulation/present/run-question-id';
import { readKey, writeKey } from '$lib/site/storage';
import { learner } from './learner.svelte';
import { readRunQueue, recordRunAnswer, runCard, setRunCard } from './run-questions';

/** One answer given on /on-tap: the card before it, so the learner can say what a miss meant. */
export type ReviewAnswer = { questionId: string; before: ReviewCard | undefined; at: number };

/** Records an answer on review (bank or run question); gives what a regrade needs. */
export function recordReview(questionId: string, right: boolean, now: number): ReviewAnswer {
	const run = isRunQuestion(questionId);
	const before = run ? runCard(questionId) : learner.progress.review[questionId];
	if (run) recordRunAnswer(questionId, right, now);
	else learner.save((p) => learnFromAnswer(p, questionId, right, now));
	return { questionId, before, at: now };
}

/** The question's card after a miss the learner graded (`slip` or `unknown`), stored. */
export function gradeMiss(answer: ReviewAnswer, miss: Miss): ReviewCard {
	const { questionId, before, at } = answer;
	const card = recordAnswer(before, questionId, false, at, miss)!;
	if (isRunQuestion(questionId)) setRunCard(card, at);
	else learner.save((p) => ({ ...p, review: { ...p.review, [questionId]: card } }));
	return card;
}

/** Every review card the learner has: the bank questions' and the run questions'. */
export const allReviewCards = (): ReviewCard[] => [
	...Object.values(learner.progress.review),
	...readRunQueue().map((i) => i.card)
];

export const REVIEW_CAP_KEY = 'crm-lab:review-cap';
export const DEFAULT_REVIEW_CAP = 20;
export const REVIEW_CAP_RANGE = { min: 1, max: 200 };

/** The learner's daily cap on reviews (how many questions /on-tap brings back in a day). */
export function readReviewCap(): number {
	const n = Number(readKey(REVIEW_CAP_KEY));
	return Number.isInteger(n) && n >= REVIEW_CAP_RANGE.min && n <= REVIEW_CAP_RANGE.max
		? n
		: DEFAULT_REVIEW_CAP;
}

export const writeReviewCap = (n: number) =>
	writeKey(
		REVIEW_CAP_KEY,
		String(Math.min(REVIEW_CAP_RANGE.max, Math.max(REVIEW_CAP_RANGE.min, Math.round(n))))
	);
