import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from 'ts-fsrs';

/**
 * Spaced review of missed questions with FSRS (ts-fsrs): a question answered wrongly
 * gets a card; each review moves the card's due date, further away the better the
 * learner does. Cards are stored as plain JSON (dates as epoch milliseconds).
 */
export type ReviewCard = {
	questionId: string;
	due: number;
	stability: number;
	difficulty: number;
	scheduledDays: number;
	learningSteps: number;
	reps: number;
	lapses: number;
	state: number;
	lastReview: number | null;
};

// No fuzz: the same history always gives the same schedule (and testable dates).
const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

const toCard = (c: ReviewCard): Card => ({
	due: new Date(c.due),
	stability: c.stability,
	difficulty: c.difficulty,
	elapsed_days: 0,
	scheduled_days: c.scheduledDays,
	learning_steps: c.learningSteps,
	reps: c.reps,
	lapses: c.lapses,
	state: c.state,
	last_review: c.lastReview === null ? undefined : new Date(c.lastReview)
});

const fromCard = (questionId: string, c: Card): ReviewCard => ({
	questionId,
	due: c.due.getTime(),
	stability: c.stability,
	difficulty: c.difficulty,
	scheduledDays: c.scheduled_days,
	learningSteps: c.learning_steps,
	reps: c.reps,
	lapses: c.lapses,
	state: c.state,
	lastReview: c.last_review ? c.last_review.getTime() : null
});

/**
 * Records an answer. A wrong answer to a question without a card starts one; an answer
 * to a question with a card reviews it (Good when right, Again when wrong). A right
 * answer to a question without a card needs no review: returns undefined.
 */
export function recordAnswer(
	card: ReviewCard | undefined,
	questionId: string,
	correct: boolean,
	now: number
): ReviewCard | undefined {
	if (!card && correct) return undefined;
	const grade: Grade = correct ? Rating.Good : Rating.Again;
	const current = card ? toCard(card) : createEmptyCard(new Date(now));
	return fromCard(questionId, scheduler.next(current, new Date(now), grade).card);
}

/** The cards due at `now`, the most overdue first. */
export function dueCards(cards: readonly ReviewCard[], now: number): ReviewCard[] {
	return cards.filter((c) => c.due <= now).sort((a, b) => a.due - b.due);
}

/** Due today: the cards due before the end of the learner's local day, most overdue first. */
export function dueTodayCards(cards: readonly ReviewCard[], now: number): ReviewCard[] {
	const end = new Date(now);
	end.setHours(23, 59, 59, 999);
	return dueCards(cards, end.getTime());
}

/** How many cards are due today (the home page's reminder). */
export const dueToday = (cards: readonly ReviewCard[], now: number) =>
	dueTodayCards(cards, now).length;
