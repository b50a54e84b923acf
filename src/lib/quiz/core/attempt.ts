import * as v from 'valibot';
import type { Bank, Essay, Question } from './bank';
import { EXAM, scoreEssay, scoreExam, totalScore, type ExamPaper, type ExamScore } from './exam';
import type { Response } from './grade';
import type { Attempt } from './progress';

/**
 * A mock exam in progress, as saved in the browser after every change, so that a reload
 * or a closed tab resumes it. It names its questions by id: the paper is rebuilt from the
 * banks, and an attempt whose questions no longer exist is not resumed.
 */
export const ATTEMPT_KEY = 'crm-lab:exam';

const int = v.pipe(v.number(), v.integer(), v.minValue(0));
const finite = v.pipe(v.number(), v.finite());

export const PHASES = ['questions', 'essays', 'grading', 'graded'] as const;
export type Phase = (typeof PHASES)[number];

export const ExamAttemptSchema = v.object({
	format: v.literal('crm-lab-exam'),
	version: v.literal(1),
	id: v.string(),
	seed: finite,
	startedAt: finite,
	/** null: the learner turned the time limit off. */
	limitMinutes: v.nullable(v.pipe(v.number(), v.minValue(1))),
	questionIds: v.array(v.string()),
	essayIds: v.array(v.string()),
	/** Chosen option (bank index) per question id. */
	answers: v.record(v.string(), int),
	flags: v.array(v.string()),
	current: int,
	phase: v.picklist(PHASES),
	submittedAt: v.nullable(finite),
	timedOut: v.boolean(),
	essayTexts: v.array(v.string()),
	/** Per essay, the rubric points the learner says are fully covered… */
	ticked: v.array(v.array(int)),
	/** …and those covered in part (half the point's weight). Older attempts have none. */
	halves: v.optional(v.array(v.array(int)), [])
});

export type ExamAttempt = v.InferOutput<typeof ExamAttemptSchema>;

export function newAttempt(
	paper: ExamPaper,
	now: number,
	limitMinutes: number | null
): ExamAttempt {
	return {
		format: 'crm-lab-exam',
		version: 1,
		id: `thi-${now.toString(36)}-${paper.seed.toString(36)}`,
		seed: paper.seed,
		startedAt: now,
		limitMinutes,
		questionIds: paper.questions.map((q) => q.id),
		essayIds: paper.essays.map((e) => e.id),
		answers: {},
		flags: [],
		current: 0,
		phase: 'questions',
		submittedAt: null,
		timedOut: false,
		essayTexts: paper.essays.map(() => ''),
		ticked: paper.essays.map(() => []),
		halves: paper.essays.map(() => [])
	};
}

/** A saved attempt, or null when there is none or it cannot be read (never throws). */
export function readAttempt(text: string | null): ExamAttempt | null {
	if (!text) return null;
	try {
		const result = v.safeParse(ExamAttemptSchema, JSON.parse(text));
		return result.success ? result.output : null;
	} catch {
		return null;
	}
}

/** The questions and prompts an attempt names, or null if the banks no longer have them all. */
export function paperOf(attempt: ExamAttempt, banks: readonly Bank[]): ExamPaper | null {
	const questions = new Map<string, Question>();
	const essays = new Map<string, Essay>();
	for (const bank of banks) {
		for (const q of bank.questions) questions.set(q.id, q);
		for (const e of bank.essays) essays.set(e.id, e);
	}
	const qs = attempt.questionIds.map((id) => questions.get(id));
	const es = attempt.essayIds.map((id) => essays.get(id));
	if (qs.some((q) => !q) || es.some((e) => !e)) return null;
	return { seed: attempt.seed, questions: qs as Question[], essays: es as Essay[] };
}

export const responsesOf = (attempt: ExamAttempt): Record<string, Response> =>
	Object.fromEntries(
		Object.entries(attempt.answers).map(([id, choice]) => [id, { type: 'single', choice }])
	);

/** True when the learner lengthened or turned off the real 60-minute limit. */
export const limitChanged = (attempt: ExamAttempt) => attempt.limitMinutes !== EXAM.minutes;

export type ExamResult = {
	score: ExamScore;
	essayPoints: number[];
	/** Out of 10, once the essays are graded. */
	total: number | null;
};

export function resultOf(attempt: ExamAttempt, paper: ExamPaper): ExamResult {
	const score = scoreExam(paper, responsesOf(attempt));
	const essayPoints = paper.essays.map((essay, i) =>
		scoreEssay(essay, attempt.ticked[i] ?? [], attempt.halves[i] ?? [])
	);
	return {
		score,
		essayPoints,
		total: attempt.phase === 'graded' ? totalScore(score.points, essayPoints) : null
	};
}

/** The attempt as the learner's history keeps it. */
export function historyEntry(attempt: ExamAttempt, paper: ExamPaper): Attempt {
	const { score, essayPoints, total } = resultOf(attempt, paper);
	return {
		id: attempt.id,
		kind: 'exam',
		seed: attempt.seed,
		startedAt: attempt.startedAt,
		finishedAt: attempt.submittedAt ?? attempt.startedAt,
		correct: score.correct,
		total: score.total,
		points: score.points,
		essayPoints: total === null ? null : essayPoints.reduce((a, b) => a + b, 0),
		totalPoints: total,
		byChapter: score.byChapter,
		limitChanged: limitChanged(attempt)
	};
}
