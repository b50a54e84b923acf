import * as v from 'valibot';
import type { ReviewCard } from './review';

/**
 * The learner's progress, as it is saved in the browser and exported to a file.
 * Versioned: every older shape is migrated forward on read; a newer one is refused
 * untouched, so a learner who opens an old tab never loses what a new one saved.
 */
export const PROGRESS_VERSION = 2;
export const PROGRESS_FORMAT = 'crm-lab-progress';

const finite = v.pipe(v.number(), v.finite());
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

const AnswerStatsSchema = v.object({
	right: count,
	wrong: count,
	/** When it was last answered (epoch ms) and whether that answer was right. */
	last: finite,
	lastRight: v.boolean()
});

const ReviewCardSchema = v.object({
	questionId: v.string(),
	due: finite,
	stability: finite,
	difficulty: finite,
	scheduledDays: finite,
	learningSteps: finite,
	reps: count,
	lapses: count,
	state: count,
	lastReview: v.nullable(finite)
});

const AttemptSchema = v.object({
	id: v.string(),
	kind: v.picklist(['exam', 'practice']),
	seed: finite,
	startedAt: finite,
	finishedAt: finite,
	correct: count,
	total: count,
	/** Multiple-choice points (exam: out of 6), essay points (out of 4), total (out of 10). */
	points: finite,
	essayPoints: v.nullable(finite),
	totalPoints: v.nullable(finite),
	byChapter: v.array(v.object({ chapter: v.string(), correct: count, total: count })),
	/** True when the learner lengthened or turned off the real 60-minute limit. */
	limitChanged: v.optional(v.boolean(), false)
});

export const ProgressSchema = v.object({
	format: v.literal(PROGRESS_FORMAT),
	version: v.literal(PROGRESS_VERSION),
	updatedAt: finite,
	answers: v.record(v.string(), AnswerStatsSchema),
	attempts: v.array(AttemptSchema),
	review: v.record(v.string(), ReviewCardSchema)
});

export type Progress = v.InferOutput<typeof ProgressSchema>;
export type AnswerStats = v.InferOutput<typeof AnswerStatsSchema>;
export type Attempt = v.InferOutput<typeof AttemptSchema>;

/** Version 1 kept only a list of right/wrong per question and the attempts, no reviews. */
const ProgressV1Schema = v.object({
	format: v.literal(PROGRESS_FORMAT),
	version: v.literal(1),
	savedAt: finite,
	history: v.record(v.string(), v.array(v.object({ at: finite, right: v.boolean() }))),
	attempts: v.array(v.unknown())
});

export const emptyProgress = (now = 0): Progress => ({
	format: PROGRESS_FORMAT,
	version: PROGRESS_VERSION,
	updatedAt: now,
	answers: {},
	attempts: [],
	review: {}
});

/** A migration's result, and what it could not carry forward (in words), if anything. */
type Migrated = { data: unknown; lost?: string };

const MIGRATIONS: Record<number, (old: unknown) => Migrated> = {
	1: (old) => {
		const p = v.parse(ProgressV1Schema, old);
		const answers: Record<string, AnswerStats> = {};
		for (const [id, history] of Object.entries(p.history)) {
			const sorted = [...history].sort((a, b) => a.at - b.at);
			const last = sorted.at(-1);
			if (!last) continue;
			answers[id] = {
				right: sorted.filter((h) => h.right).length,
				wrong: sorted.filter((h) => !h.right).length,
				last: last.at,
				lastRight: last.right
			};
		}
		const attempts = p.attempts.filter((a) => v.is(AttemptSchema, a));
		const dropped = p.attempts.length - attempts.length;
		return {
			data: { ...emptyProgress(p.savedAt), answers, attempts },
			lost: dropped ? `${dropped} lần làm bài cũ không đọc được` : undefined
		};
	}
};

export type ReadProblem =
	| { kind: 'not-json'; message: string }
	| { kind: 'not-progress'; message: string }
	| { kind: 'newer'; message: string; version: number }
	| { kind: 'damaged'; message: string };

/**
 * `lost`: what migrating an older version had to leave out, in words (the caller keeps a
 * copy of the original text before it saves over it).
 */
export type ReadResult =
	{ ok: true; progress: Progress; lost?: string } | { ok: false; problem: ReadProblem };

/**
 * Reads saved or imported progress text: parses, migrates older versions forward and
 * validates. Says in Vietnamese, naming the problem, why it cannot be used.
 */
export function readProgress(text: string): ReadResult {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return fail('not-json', 'Tệp bị hỏng: nội dung không phải JSON hợp lệ.');
	}
	if (
		typeof data !== 'object' ||
		data === null ||
		(data as { format?: unknown }).format !== PROGRESS_FORMAT
	)
		return fail('not-progress', 'Đây không phải tệp tiến độ của CRM Lab.');
	const version = (data as { version?: unknown }).version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
		return fail('damaged', 'Tệp tiến độ bị hỏng: thiếu số phiên bản.');
	if (version > PROGRESS_VERSION)
		return {
			ok: false,
			problem: {
				kind: 'newer',
				version,
				message: `Tệp này do một phiên bản CRM Lab mới hơn tạo ra (phiên bản dữ liệu ${version}, trang này đọc được đến ${PROGRESS_VERSION}). Hãy tải lại trang để dùng bản mới nhất.`
			}
		};
	const lost: string[] = [];
	try {
		for (let from = version; from < PROGRESS_VERSION; from++) {
			const migrated = MIGRATIONS[from]!(data);
			data = migrated.data;
			if (migrated.lost) lost.push(migrated.lost);
		}
	} catch {
		return fail('damaged', `Tệp tiến độ (phiên bản ${version}) bị hỏng, không chuyển đổi được.`);
	}
	const result = v.safeParse(ProgressSchema, data);
	if (!result.success) {
		const where = v.getDotPath(result.issues[0]) ?? 'nội dung';
		return fail('damaged', `Tệp tiến độ bị hỏng ở mục “${where}”.`);
	}
	return lost.length
		? { ok: true, progress: result.output, lost: lost.join('; ') }
		: { ok: true, progress: result.output };
}

function fail(kind: 'not-json' | 'not-progress' | 'damaged', message: string): ReadResult {
	return { ok: false, problem: { kind, message } };
}

/**
 * Combines two copies of progress (two tabs, or saved + imported) without losing either:
 * per question the latest answer wins and counts add up only when one copy has not
 * seen the other's answers; attempts are united by id; the later review card wins.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
	const answers: Record<string, AnswerStats> = { ...a.answers };
	for (const [id, theirs] of Object.entries(b.answers)) {
		const ours = answers[id];
		if (!ours || theirs.last > ours.last) answers[id] = theirs;
		else if (theirs.last === ours.last)
			answers[id] = {
				...ours,
				right: Math.max(ours.right, theirs.right),
				wrong: Math.max(ours.wrong, theirs.wrong)
			};
	}
	const attempts = [...a.attempts];
	for (const attempt of b.attempts)
		if (!attempts.some((x) => x.id === attempt.id)) attempts.push(attempt);
	attempts.sort((x, y) => x.finishedAt - y.finishedAt);
	const review: Record<string, ReviewCard> = { ...a.review };
	for (const [id, card] of Object.entries(b.review)) {
		const ours = review[id];
		if (!ours || (card.lastReview ?? 0) > (ours.lastReview ?? 0)) review[id] = card;
	}
	return {
		...emptyProgress(Math.max(a.updatedAt, b.updatedAt)),
		answers,
		attempts,
		review
	};
}

/** Records one answer in the per-question statistics. */
export function withAnswer(p: Progress, questionId: string, right: boolean, now: number): Progress {
	const old = p.answers[questionId] ?? { right: 0, wrong: 0, last: 0, lastRight: false };
	return {
		...p,
		updatedAt: now,
		answers: {
			...p.answers,
			[questionId]: {
				right: old.right + (right ? 1 : 0),
				wrong: old.wrong + (right ? 0 : 1),
				last: now,
				lastRight: right
			}
		}
	};
}

/**
 * Mastery of a chapter, 0–1: the share of its questions whose latest answer was right
 * (unanswered questions count as not yet mastered).
 */
export function mastery(p: Progress, questionIds: readonly string[]): number {
	if (!questionIds.length) return 0;
	return questionIds.filter((id) => p.answers[id]?.lastRight).length / questionIds.length;
}
