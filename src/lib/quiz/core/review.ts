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
 * What a wrong answer meant, as the learner says after a review: `unknown` ("Tôi chưa
 * biết", FSRS Again: back soon) or `slip` ("Tôi biết, chỉ nhầm", FSRS Hard: a shorter step
 * than a right answer, but no lapse).
 */
export type Miss = 'unknown' | 'slip';

/**
 * Records an answer. A wrong answer to a question without a card starts one; an answer
 * to a question with a card reviews it (Good when right; Again when wrong, or Hard when
 * `miss` says it was a slip). A right answer to a question without a card needs no
 * review: returns undefined.
 */
export function recordAnswer(
	card: ReviewCard | undefined,
	questionId: string,
	correct: boolean,
	now: number,
	miss: Miss = 'unknown'
): ReviewCard | undefined {
	if (!card && correct) return undefined;
	const grade: Grade = correct ? Rating.Good : miss === 'slip' ? Rating.Hard : Rating.Again;
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

/** Midnight at the start of the learner's local day. */
function startOfDay(now: number): number {
	const start = new Date(now);
	start.setHours(0, 0, 0, 0);
	return start.getTime();
}

/**
 * How many cards were reviewed today (a card started today by a first miss is not a
 * review yet), for the learner's daily cap.
 */
export const reviewedToday = (cards: readonly ReviewCard[], now: number) =>
	cards.filter((c) => c.reps > 1 && (c.lastReview ?? 0) >= startOfDay(now)).length;

/** When a card comes back, in words: "gặp lại sau 10 phút", "… sau 3 ngày". */
export function untilText(due: number, now: number): string {
	const minutes = Math.max(1, Math.round((due - now) / 60_000));
	if (minutes < 60) return `gặp lại sau ${minutes} phút`;
	const hours = Math.round(minutes / 60);
	if (hours < 24) return `gặp lại sau ${hours} giờ`;
	const days = Math.round(hours / 24);
	return days < 60 ? `gặp lại sau ${days} ngày` : `gặp lại sau ${Math.round(days / 30)} tháng`;
}
