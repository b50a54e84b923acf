import type { Bank } from '$lib/quiz/core/bank';
import { assembleExam, EXAM, timeLeft, type ExamPaper } from '$lib/quiz/core/exam';
import {
	ATTEMPT_KEY,
	historyEntry,
	newAttempt,
	paperOf,
	readAttempt,
	resultOf,
	type ExamAttempt
} from '$lib/quiz/core/attempt';
import { learnFromAnswer } from '$lib/quiz/core/learn';
import type { Learner } from './learner.svelte';
import type { KeyValueStorage } from '$lib/quiz/state/store';

export type RubricMark = 'none' | 'half' | 'full';

/**
 * The mock exam page's state: the attempt (saved after every change), its paper, and
 * the clock. Time is read from `now()`, so a test can drive it.
 */
export class ExamSession {
	attempt = $state<ExamAttempt | null>(null);
	paper = $state<ExamPaper | null>(null);
	now = $state(0);
	/** A problem with saving or resuming, in words. */
	problem = $state<string | null>(null);

	constructor(
		private storage: KeyValueStorage,
		private learner: Learner,
		private clock: () => number = Date.now
	) {
		this.now = clock();
	}

	/** Resumes a saved attempt; at time-out while away, submits it. Returns true if resumed. */
	resume(banks: readonly Bank[]): boolean {
		let text: string | null;
		try {
			text = this.storage.getItem(ATTEMPT_KEY);
		} catch {
			return false;
		}
		const attempt = readAttempt(text);
		if (!attempt) {
			if (text) this.problem = 'Bài thi đang làm dở không đọc được nên không tiếp tục được.';
			return false;
		}
		const paper = paperOf(attempt, banks);
		if (!paper) {
			this.problem = 'Đề thi đang làm dở không còn khớp với ngân hàng câu hỏi hiện tại.';
			return false;
		}
		this.attempt = attempt;
		this.paper = paper;
		this.tick();
		return true;
	}

	start(banks: readonly Bank[], limitMinutes: number | null) {
		const now = this.clock();
		const paper = assembleExam(banks, now % 2_147_483_647);
		this.paper = paper;
		this.attempt = newAttempt(paper, now, limitMinutes);
		this.now = now;
		this.#save();
	}

	get remaining(): number | null {
		if (!this.attempt) return null;
		return timeLeft(this.attempt.startedAt, this.attempt.limitMinutes, this.now);
	}
	get warning() {
		const left = this.remaining;
		return left !== null && left <= EXAM.warningMinutes * 60_000;
	}
	get answeredCount() {
		return this.attempt ? Object.keys(this.attempt.answers).length : 0;
	}
	get result() {
		return this.attempt && this.paper ? resultOf(this.attempt, this.paper) : null;
	}

	/** Called every second: moves the clock, and submits at time-out. */
	tick() {
		this.now = this.clock();
		if (this.attempt?.phase === 'questions' && this.remaining === 0) this.submit(true);
	}

	#save() {
		if (!this.attempt) return;
		try {
			this.storage.setItem(ATTEMPT_KEY, JSON.stringify(this.attempt));
			this.problem = null;
		} catch {
			this.problem =
				'Trình duyệt không cho lưu bài đang làm: nếu tải lại trang, bài làm sẽ mất. Hãy làm tiếp đến khi nộp.';
		}
	}

	#change(update: (a: ExamAttempt) => void) {
		if (!this.attempt) return;
		update(this.attempt);
		this.#save();
	}

	answer(questionId: string, choice: number) {
		if (this.attempt?.phase !== 'questions') return;
		this.#change((a) => (a.answers[questionId] = choice));
	}
	go(index: number) {
		if (!this.paper) return;
		const i = Math.max(0, Math.min(this.paper.questions.length - 1, index));
		this.#change((a) => (a.current = i));
	}
	toggleFlag(questionId: string) {
		this.#change((a) => {
			a.flags = a.flags.includes(questionId)
				? a.flags.filter((f) => f !== questionId)
				: [...a.flags, questionId];
		});
	}

	/** Ends the multiple-choice part and records it in the learner's progress. */
	submit(timedOut = false) {
		const attempt = this.attempt;
		const paper = this.paper;
		if (!attempt || !paper || attempt.phase !== 'questions') return;
		const now = this.clock();
		this.#change((a) => {
			a.phase = 'essays';
			a.submittedAt = now;
			a.timedOut = timedOut;
		});
		this.learner.save((p) => {
			let next = p;
			for (const q of paper.questions) {
				const chosen = attempt.answers[q.id];
				next = learnFromAnswer(next, q.id, q.type === 'single' && chosen === q.answer, now);
			}
			return { ...next, attempts: [...next.attempts, historyEntry(attempt, paper)] };
		});
	}

	writeEssay(index: number, text: string) {
		this.#change((a) => (a.essayTexts[index] = text));
	}
	toGrading() {
		this.#change((a) => (a.phase = 'grading'));
	}
	/** How far the learner's essay covers one rubric point: not at all, in part, or fully. */
	markRubric(essay: number, point: number, covered: RubricMark) {
		this.#change((a) => {
			const without = (list: number[] | undefined) => (list ?? []).filter((p) => p !== point);
			a.ticked[essay] =
				covered === 'full' ? [...without(a.ticked[essay]), point] : without(a.ticked[essay]);
			a.halves[essay] =
				covered === 'half' ? [...without(a.halves[essay]), point] : without(a.halves[essay]);
		});
	}
	rubricMark(essay: number, point: number): RubricMark {
		const a = this.attempt;
		if (a?.ticked[essay]?.includes(point)) return 'full';
		if (a?.halves[essay]?.includes(point)) return 'half';
		return 'none';
	}
	/** Confirms the essay grades: the total out of 10 joins the history. */
	finishGrading() {
		const attempt = this.attempt;
		const paper = this.paper;
		if (!attempt || !paper || attempt.phase !== 'grading') return;
		this.#change((a) => (a.phase = 'graded'));
		const entry = historyEntry(attempt, paper);
		this.learner.save((p) => ({
			...p,
			attempts: p.attempts.some((x) => x.id === entry.id)
				? p.attempts.map((x) => (x.id === entry.id ? entry : x))
				: [...p.attempts, entry]
		}));
	}

	/** Leaves the finished attempt behind to start a new one. */
	discard() {
		try {
			this.storage.removeItem(ATTEMPT_KEY);
		} catch {
			// nothing saved to remove
		}
		this.attempt = null;
		this.paper = null;
	}
}
