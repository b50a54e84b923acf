import * as v from 'valibot';
import { EssaySchema, QuestionSchema, type Bank, type Essay, type Question } from './bank';
import { EXAM, scoreEssay, scoreExam, totalScore, type ExamPaper, type ExamScore } from './exam';
import type { Response } from './grade';
import type { Attempt } from './progress';

/**
 * A mock exam in progress, as saved in the browser after every change, so that a reload
 * or a closed tab resumes it. It keeps its own copy of its questions and essay prompts:
 * a content update that changes the banks never stops it from resuming. Versioned:
 * version 1 (questions by id, one option index per answer) is migrated on read; a newer
 * version is kept untouched.
 */
export const ATTEMPT_KEY = 'crm-lab:exam';
export const ATTEMPT_VERSION = 2;
export const ATTEMPT_FORMAT = 'crm-lab-exam';
/** The ids of the latest paper, so that the next one draws other items while the banks allow. */
export const RECENT_PAPER_KEY = `${ATTEMPT_KEY}:recent`;
/** Where an unreadable attempt is set aside, as progress is. */
export const attemptBackupKey = (now: number) => `${ATTEMPT_KEY}:backup:${now}`;

const int = v.pipe(v.number(), v.integer(), v.minValue(0));
const finite = v.pipe(v.number(), v.finite());
/** The longest limit the page offers is 120 minutes; a day is already absurd. */
const limit = v.nullable(v.pipe(v.number(), v.minValue(1), v.maxValue(24 * 60)));

export const PHASES = ['questions', 'essays', 'grading', 'graded'] as const;
export type Phase = (typeof PHASES)[number];

const ResponseSchema = v.variant('type', [
	v.object({ type: v.literal('single'), choice: int }),
	v.object({ type: v.literal('multiple'), choices: v.array(int) }),
	v.object({ type: v.literal('truefalse'), choice: v.boolean() }),
	v.object({ type: v.literal('numeric'), value: finite }),
	v.object({ type: v.literal('ordering'), order: v.array(int) }),
	v.object({ type: v.literal('matching'), rights: v.array(v.pipe(v.number(), v.integer())) })
]);

const CaseCopySchema = v.object({ id: v.string(), title: v.string(), text: v.string() });

/** A question as the bank had it when the exam started, with its case's text if any. */
const QuestionCopySchema = v.custom<Question>((input) => {
	if (typeof input !== 'object' || input === null) return false;
	const { context, ...question } = input as Record<string, unknown>;
	return v.is(QuestionSchema, question) && (context === undefined || v.is(CaseCopySchema, context));
}, 'a question of the attempt is damaged');

export const ExamAttemptSchema = v.object({
	format: v.literal(ATTEMPT_FORMAT),
	version: v.literal(ATTEMPT_VERSION),
	id: v.string(),
	seed: finite,
	startedAt: finite,
	/** null: the learner turned the time limit off. */
	limitMinutes: limit,
	questions: v.array(QuestionCopySchema),
	essays: v.array(EssaySchema),
	/** The learner's answer per question id, in bank indices. */
	answers: v.record(v.string(), ResponseSchema),
	/** When each answer last changed (also when it was cleared): saves merge by it. */
	answeredAt: v.record(v.string(), finite),
	flags: v.array(v.string()),
	current: int,
	phase: v.picklist(PHASES),
	submittedAt: v.nullable(finite),
	timedOut: v.boolean(),
	essayTexts: v.array(v.string()),
	/** Per essay, the rubric points the learner says are fully covered… */
	ticked: v.array(v.array(int)),
	/** …and those covered in part (half the point's weight). */
	halves: v.array(v.array(int))
});

export type ExamAttempt = v.InferOutput<typeof ExamAttemptSchema>;

/** Version 1 named its questions by id and kept one option index per answer. */
const ExamAttemptV1Schema = v.object({
	...v.omit(ExamAttemptSchema, [
		'version',
		'questions',
		'essays',
		'answers',
		'answeredAt',
		'halves'
	]).entries,
	version: v.literal(1),
	questionIds: v.array(v.string()),
	essayIds: v.array(v.string()),
	answers: v.record(v.string(), int),
	halves: v.optional(v.array(v.array(int)), [])
});

export function newAttempt(
	paper: ExamPaper,
	now: number,
	limitMinutes: number | null
): ExamAttempt {
	return {
		format: ATTEMPT_FORMAT,
		version: ATTEMPT_VERSION,
		id: `thi-${now.toString(36)}-${paper.seed.toString(36)}`,
		seed: paper.seed,
		startedAt: now,
		limitMinutes,
		questions: paper.questions,
		essays: paper.essays,
		answers: {},
		answeredAt: {},
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

export type AttemptProblem = {
	kind: 'not-json' | 'wrong-shape' | 'stale' | 'empty' | 'newer';
	/** In Vietnamese, naming the problem; a full sentence. */
	message: string;
};

export type AttemptRead =
	| { status: 'none' }
	| { status: 'ok'; attempt: ExamAttempt; /** What was set right, in words. */ repairs: string[] }
	| { status: 'problem'; problem: AttemptProblem };

const problem = (kind: AttemptProblem['kind'], message: string): AttemptRead => ({
	status: 'problem',
	problem: { kind, message }
});

/**
 * Reads a saved attempt (never throws): migrates version 1 with the banks it named,
 * refuses a newer version or a damaged one naming the problem, and checks the result for
 * sense at `now` (see `checkSense`).
 */
export function readAttempt(text: string | null, banks: readonly Bank[], now: number): AttemptRead {
	if (text === null || text === '') return { status: 'none' };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return problem('not-json', 'Dữ liệu không phải JSON hợp lệ.');
	}
	const head = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
	if (head.format !== ATTEMPT_FORMAT)
		return problem('wrong-shape', 'Đây không phải một bài thi của CRM Lab.');
	const version = head.version;
	if (typeof version === 'number' && Number.isInteger(version) && version > ATTEMPT_VERSION)
		return problem(
			'newer',
			`Bài thi được lưu bởi một phiên bản mới hơn của CRM Lab (phiên bản dữ liệu ${version}, trang này đọc được đến ${ATTEMPT_VERSION}).`
		);
	if (version === 1) {
		const old = v.safeParse(ExamAttemptV1Schema, data);
		if (!old.success) return problem('wrong-shape', damagedAt(old.issues[0]));
		const migrated = fromVersion1(old.output, banks);
		if (!migrated)
			return problem(
				'stale',
				'Bài thi được lưu theo cách cũ, chỉ ghi mã câu hỏi, mà ngân hàng câu hỏi đã đổi nên không dựng lại được đề.'
			);
		data = migrated;
	}
	const result = v.safeParse(ExamAttemptSchema, data);
	if (!result.success) return problem('wrong-shape', damagedAt(result.issues[0]));
	return checkSense(result.output, now);
}

function damagedAt(issue: v.BaseIssue<unknown> | undefined): string {
	const where = issue ? v.getDotPath(issue) : null;
	return where ? `Bài thi bị hỏng ở mục “${where}”.` : 'Bài thi bị hỏng.';
}

function fromVersion1(
	old: v.InferOutput<typeof ExamAttemptV1Schema>,
	banks: readonly Bank[]
): ExamAttempt | null {
	const questions = new Map(banks.flatMap((b) => b.questions).map((q) => [q.id, q]));
	const essays = new Map(banks.flatMap((b) => b.essays).map((e) => [e.id, e]));
	const qs = old.questionIds.map((id) => questions.get(id));
	const es = old.essayIds.map((id) => essays.get(id));
	if (qs.some((q) => !q) || es.some((e) => !e)) return null;
	const answers: Record<string, Response> = {};
	for (const [id, choice] of Object.entries(old.answers)) answers[id] = { type: 'single', choice };
	return {
		...newAttempt(
			{ seed: old.seed, questions: qs as Question[], essays: es as Essay[] },
			old.startedAt,
			old.limitMinutes
		),
		id: old.id,
		answers,
		answeredAt: Object.fromEntries(Object.keys(answers).map((id) => [id, old.startedAt])),
		flags: old.flags,
		current: old.current,
		phase: old.phase,
		submittedAt: old.submittedAt,
		timedOut: old.timedOut,
		essayTexts: old.essayTexts,
		ticked: old.ticked,
		halves: old.halves
	};
}

/** Clock skew between a phone's saves is a few seconds, not minutes. */
const FUTURE_SLACK = 60_000;

/**
 * A readable attempt that makes no sense is refused (no questions, one twice) or set
 * right, saying what was: a "submitted" phase without a submission goes back to the
 * questions (no score page for an exam never handed in), a start in the future starts
 * the clock now, answers and flags of questions not in the paper are dropped.
 */
export function checkSense(attempt: ExamAttempt, now: number): AttemptRead {
	const ids = attempt.questions.map((q) => q.id);
	if (!ids.length) return problem('empty', 'Bài thi không có câu hỏi nào.');
	if (new Set(ids).size !== ids.length)
		return problem('wrong-shape', 'Bài thi có một câu hỏi xuất hiện hai lần.');
	const repairs: string[] = [];
	const a: ExamAttempt = structuredClone(attempt);
	const byId = new Map(a.questions.map((q) => [q.id, q]));
	for (const [id, response] of Object.entries(a.answers))
		if (byId.get(id)?.type !== response.type) delete a.answers[id];
	a.flags = a.flags.filter((id) => byId.has(id));
	a.current = Math.min(a.current, ids.length - 1);
	const fill = <T>(list: T[], empty: () => T) => a.essays.map((_, i) => list[i] ?? empty());
	a.essayTexts = fill(a.essayTexts, () => '');
	a.ticked = fill(a.ticked, () => []);
	a.halves = fill(a.halves, () => []);
	if (a.phase !== 'questions' && a.submittedAt === null) {
		a.phase = 'questions';
		repairs.push('Bài thi chưa được nộp nên tiếp tục ở phần trắc nghiệm.');
	}
	if (a.startedAt > now + FUTURE_SLACK) {
		a.startedAt = now;
		repairs.push('Giờ bắt đầu bài thi ghi sai (ở tương lai) nên đồng hồ tính lại từ bây giờ.');
	}
	return { status: 'ok', attempt: a, repairs };
}

/**
 * Two copies of one attempt (this tab's and the stored one) without losing an answer:
 * per question the later change wins (ties: ours); the phase never goes back. Returns
 * `ours` itself when the stored copy adds nothing.
 */
export function mergeAttempts(ours: ExamAttempt, theirs: ExamAttempt): ExamAttempt {
	if (ours.id !== theirs.id) return ours;
	const newer = Object.entries(theirs.answeredAt).filter(
		([id, at]) => at > (ours.answeredAt[id] ?? -Infinity)
	);
	const further = PHASES.indexOf(theirs.phase) > PHASES.indexOf(ours.phase);
	if (!newer.length && !further) return ours;
	const answers = { ...ours.answers };
	const answeredAt = { ...ours.answeredAt };
	for (const [id, at] of newer) {
		answeredAt[id] = at;
		const theirAnswer = theirs.answers[id];
		if (theirAnswer) answers[id] = theirAnswer;
		else delete answers[id];
	}
	const { phase, submittedAt, timedOut } = further ? theirs : ours;
	return { ...ours, answers, answeredAt, phase, submittedAt, timedOut };
}

/** The questions and prompts of an attempt: its own copy, whatever the banks say now. */
export const paperOf = (attempt: ExamAttempt): ExamPaper => ({
	seed: attempt.seed,
	questions: attempt.questions,
	essays: attempt.essays
});

/** True when the learner lengthened or turned off the real 60-minute limit. */
export const limitChanged = (attempt: ExamAttempt) => attempt.limitMinutes !== EXAM.minutes;

/** An attempt the learner could still lose work in: anything before the essays are graded. */
export const isUnfinished = (attempt: ExamAttempt) => attempt.phase !== 'graded';

export type ExamResult = {
	score: ExamScore;
	essayPoints: number[];
	/** Out of 10, once the essays are graded. */
	total: number | null;
};

export function resultOf(attempt: ExamAttempt): ExamResult {
	const score = scoreExam(paperOf(attempt), attempt.answers);
	const essayPoints = attempt.essays.map((essay, i) =>
		scoreEssay(essay, attempt.ticked[i] ?? [], attempt.halves[i] ?? [])
	);
	return {
		score,
		essayPoints,
		total: attempt.phase === 'graded' ? totalScore(score.points, essayPoints) : null
	};
}

/** The attempt as the learner's history keeps it. */
export function historyEntry(attempt: ExamAttempt, finishedAt: number): Attempt {
	const { score, essayPoints, total } = resultOf(attempt);
	return {
		id: attempt.id,
		kind: 'exam',
		seed: attempt.seed,
		startedAt: attempt.startedAt,
		finishedAt: attempt.submittedAt ?? finishedAt,
		correct: score.correct,
		total: score.total,
		points: score.points,
		essayPoints: total === null ? null : essayPoints.reduce((a, b) => a + b, 0),
		totalPoints: total,
		byChapter: score.byChapter,
		limitChanged: limitChanged(attempt)
	};
}
