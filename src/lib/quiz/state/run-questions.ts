import * as v from 'valibot';
import { QuestionSchema } from '$lib/quiz/core/bank';
import { dueTodayCards, recordAnswer, type ReviewCard } from '$lib/quiz/core/review';
import { isRunQuestion, type RunQuestion } from '$lib/simulation/present/run-question-id';
import { readKey, writeKey, type WriteResult } from '$lib/site/storage';

/**
 * The questions made from the learner's own simulator runs, waiting in the review queue
 * of /on-tap next to the missed bank questions. They are kept with their review cards
 * under a key of their own (they are not in any bank, so progress and mastery never see
 * them); the newest MAX_KEPT are kept.
 */
export const RUN_QUESTIONS_KEY = 'crm-lab:run-questions';
export const MAX_KEPT = 40;

export type RunQueueItem = { question: RunQuestion; card: ReviewCard; added: number };

const CardSchema = v.object({
	questionId: v.string(),
	due: v.number(),
	stability: v.number(),
	difficulty: v.number(),
	scheduledDays: v.number(),
	learningSteps: v.number(),
	reps: v.number(),
	lapses: v.number(),
	state: v.number(),
	lastReview: v.nullable(v.number())
});
const ItemSchema = v.object({ question: QuestionSchema, card: CardSchema, added: v.number() });

/** The stored queue; what cannot be read (another version, a damaged item) is left out. */
export function parseRunQueue(raw: string | null): RunQueueItem[] {
	if (!raw) return [];
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return [];
	}
	if (typeof data !== 'object' || data === null || (data as { version?: unknown }).version !== 1)
		return [];
	const items = (data as { items?: unknown }).items;
	if (!Array.isArray(items)) return [];
	return items.flatMap((item) => {
		const parsed = v.safeParse(ItemSchema, item);
		if (!parsed.success) return [];
		const { question, card, added } = parsed.output;
		if (
			question.type !== 'single' ||
			!isRunQuestion(question.id) ||
			card.questionId !== question.id
		)
			return [];
		return [{ question, card, added }];
	});
}

const serialise = (items: RunQueueItem[]) => JSON.stringify({ version: 1, items });

/** The queue with `questions` added (due now, like a missed question); those kept stay as they are. */
export function withRunQuestions(
	items: RunQueueItem[],
	questions: readonly RunQuestion[],
	now: number
): RunQueueItem[] {
	const known = new Set(items.map((i) => i.question.id));
	const fresh = questions
		.filter((q) => !known.has(q.id))
		.map((question) => ({
			question,
			card: recordAnswer(undefined, question.id, false, now)!,
			added: now
		}));
	return [...items, ...fresh].sort((a, b) => a.added - b.added).slice(-MAX_KEPT);
}

/** The queue after answering one of its questions (the card moves as a bank question's would). */
export function withRunAnswer(
	items: RunQueueItem[],
	id: string,
	right: boolean,
	now: number
): RunQueueItem[] {
	return items.map((item) =>
		item.question.id === id ? { ...item, card: recordAnswer(item.card, id, right, now)! } : item
	);
}

/** The queue with one question's card set to `card` (a miss graded again by the learner). */
export const withRunCard = (items: RunQueueItem[], card: ReviewCard): RunQueueItem[] =>
	items.map((item) => (item.question.id === card.questionId ? { ...item, card } : item));

export const readRunQueue = () => parseRunQueue(readKey(RUN_QUESTIONS_KEY));

/** What is stored but cannot be read as this version's queue. */
function unreadable(raw: string | null): 'newer' | 'damaged' | null {
	if (raw === null) return null;
	try {
		const version = (JSON.parse(raw) as { version?: unknown } | null)?.version;
		if (version === 1) return null;
		return typeof version === 'number' && version > 1 ? 'newer' : 'damaged';
	} catch {
		return 'damaged';
	}
}

export type QueueWrite = WriteResult | { ok: false; reason: 'newer' };

/**
 * Writes the queue `change` makes of the stored one. A queue from a newer version of the
 * site is left as it is; a damaged one is first copied aside under a backup key.
 */
function update(change: (items: RunQueueItem[]) => RunQueueItem[], now: number): QueueWrite {
	const raw = readKey(RUN_QUESTIONS_KEY);
	const problem = unreadable(raw);
	if (problem === 'newer') return { ok: false, reason: 'newer' };
	if (problem === 'damaged') writeKey(`${RUN_QUESTIONS_KEY}:backup:${now}`, raw!);
	return writeKey(RUN_QUESTIONS_KEY, serialise(change(parseRunQueue(raw))));
}

/** Adds a finished run's questions to the review queue. */
export const addRunQuestions = (questions: readonly RunQuestion[], now: number) =>
	update((items) => withRunQuestions(items, questions, now), now);

/** Records an answer given on /on-tap. */
export const recordRunAnswer = (id: string, right: boolean, now: number) =>
	update((items) => withRunAnswer(items, id, right, now), now);

/** The queue with `theirs` (an imported file's) added: per question, the later-reviewed card. */
export function withRunQueue(
	ours: RunQueueItem[],
	theirs: readonly RunQueueItem[]
): RunQueueItem[] {
	const byId = new Map(ours.map((i) => [i.question.id, i] as const));
	for (const item of theirs) {
		const mine = byId.get(item.question.id);
		if (!mine || (item.card.lastReview ?? 0) > (mine.card.lastReview ?? 0))
			byId.set(item.question.id, item);
	}
	return [...byId.values()].sort((a, b) => a.added - b.added).slice(-MAX_KEPT);
}

/** Adds an imported file's run questions to the stored queue. */
export const mergeRunQueue = (items: readonly RunQueueItem[], now: number) =>
	update((stored) => withRunQueue(stored, items), now);

/** Sets a run question's card (after the learner said what a miss meant). */
export const setRunCard = (card: ReviewCard, now: number) =>
	update((items) => withRunCard(items, card), now);

/** A run question's card, as stored. */
export const runCard = (id: string): ReviewCard | undefined =>
	readRunQueue().find((i) => i.question.id === id)?.card;

/** The run questions due today, the most overdue first. */
export function dueRunQuestions(now: number): RunQuestion[] {
	const items = readRunQueue();
	const byId = new Map(items.map((i) => [i.question.id, i.question]));
	return dueTodayCards(
		items.map((i) => i.card),
		now
	).flatMap((c) => byId.get(c.questionId) ?? []);
}
