import type { Bank } from '$lib/quiz/core/bank';
import { assembleExam, EXAM, timeLeft } from '$lib/quiz/core/exam';
import {
	ATTEMPT_KEY,
	attemptBackupKey,
	RECENT_PAPER_KEY,
	historyEntry,
	isUnfinished,
	mergeAttempts,
	newAttempt,
	paperOf,
	readAttempt,
	resultOf,
	type AttemptRead,
	type ExamAttempt
} from '$lib/quiz/core/attempt';
import { isCorrect, type Response } from '$lib/quiz/core/grade';
import { learnFromAnswer } from '$lib/quiz/core/learn';
import type { Progress } from '$lib/quiz/core/progress';
import { siteStorage, type SafeStorage } from '$lib/site/storage';
import type { Learner } from './learner.svelte';
import { TabLock } from './tab-lock';

export type RubricMark = 'none' | 'half' | 'full';

/** The unfinished attempt found when the learner asked for a new one: the page asks first. */
export type PendingAttempt = { answered: number; total: number; startedAt: number };

type AttemptStorage = Pick<SafeStorage, 'read' | 'write' | 'remove'>;

const NOT_SAVED = {
	blocked:
		'Trình duyệt đang chặn lưu trữ: bài làm chỉ được giữ trong trang này; nếu tải lại trang hay đóng tab, bài làm sẽ mất. Hãy làm tiếp đến khi nộp.',
	full: 'Bộ nhớ của trình duyệt đã đầy nên bài làm chưa được lưu: nếu tải lại trang, bài làm sẽ mất. Hãy làm tiếp đến khi nộp, rồi giải phóng bộ nhớ.'
};

/**
 * The mock exam page's state: the attempt (saved after every change), the clock, and which
 * tab may write it. One tab at a time owns the attempt (a Web Lock); another tab says so
 * and takes it over only when the learner asks. Every save re-reads what is stored and
 * merges it first, so no write drops another tab's answers. Time is read from `clock`, so
 * a test can drive it.
 */
export class ExamSession {
	attempt = $state<ExamAttempt | null>(null);
	now = $state(0);
	/** A problem with saving, in words. */
	problem = $state<string | null>(null);
	/** What the learner should know about the saved attempt: set aside, set right. */
	notice = $state<string | null>(null);
	/** Another tab has the attempt: this one neither shows nor writes it. */
	elsewhere = $state(false);
	/** Why no new attempt can start: the saved one must stay as it is (newer, or no room to back it up). */
	blocked = $state<{ message: string; canSetAside: boolean } | null>(null);
	pending = $state<PendingAttempt | null>(null);

	#banks: readonly Bank[] = [];
	#storage: AttemptStorage;
	#clock: () => number;
	#lock: TabLock;

	constructor(
		private learner: Learner,
		{
			storage = siteStorage,
			clock = Date.now,
			lock = new TabLock(ATTEMPT_KEY)
		}: { storage?: AttemptStorage; clock?: () => number; lock?: TabLock } = {}
	) {
		this.#storage = storage;
		this.#clock = clock;
		this.#lock = lock;
		lock.onlost = () => {
			this.attempt = null;
			this.elsewhere = true;
		};
		this.now = clock();
	}

	get paper() {
		return this.attempt ? paperOf(this.attempt) : null;
	}

	/** Shows the saved attempt if there is one and no other tab has it. True if resumed. */
	async resume(banks: readonly Bank[]): Promise<boolean> {
		this.#banks = banks;
		const read = this.#read();
		if (read.status !== 'ok') return false;
		if (!(await this.#lock.claim())) {
			this.elsewhere = true;
			return false;
		}
		this.#show(read);
		return true;
	}

	/** Takes the attempt over from the tab that has it, as stored now. */
	async takeOver() {
		this.pending = null;
		await this.#lock.takeOver();
		this.elsewhere = false;
		const read = this.#read();
		if (read.status === 'ok') this.#show(read);
		else this.attempt = null;
	}

	/**
	 * Starts a new attempt, unless an unfinished one is stored (perhaps by another tab):
	 * then `pending` describes it and nothing changes until the learner confirms with
	 * `replace`.
	 */
	async start(banks: readonly Bank[], limitMinutes: number | null, { replace = false } = {}) {
		this.#banks = banks;
		const stored = this.#read();
		if (this.blocked) return;
		if (stored.status === 'ok' && isUnfinished(stored.attempt) && !replace) {
			const a = stored.attempt;
			const answered = Object.keys(a.answers).length;
			this.pending = { answered, total: a.questions.length, startedAt: a.startedAt };
			return;
		}
		const replaced = stored.status === 'ok' ? stored.attempt : null;
		const avoid = [
			...this.#recentPaper(),
			...[...(replaced?.questions ?? []), ...(replaced?.essays ?? [])].map((item) => item.id)
		];
		const now = this.#clock();
		const paper = assembleExam(banks, now % 2_147_483_647, avoid);
		const ids = [...paper.questions, ...paper.essays].map((item) => item.id);
		this.#storage.write(RECENT_PAPER_KEY, JSON.stringify(ids));
		this.pending = null;
		await this.#lock.takeOver();
		this.elsewhere = false;
		this.attempt = newAttempt(paper, now, limitMinutes);
		this.now = now;
		this.#put(this.attempt);
	}

	/** Moves a saved attempt this version cannot read aside, so a new one can start. */
	setAside() {
		const text = this.#storage.read(ATTEMPT_KEY);
		if (text === null || !this.blocked?.canSetAside) return;
		const key = attemptBackupKey(this.#clock());
		const saved = this.#storage.write(key, text);
		if (!saved.ok && saved.reason === 'full') return;
		this.#storage.remove(ATTEMPT_KEY);
		this.blocked = null;
		this.notice = `Bài thi cũ được để riêng dưới khóa “${key}”.`;
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
		return this.attempt ? resultOf(this.attempt) : null;
	}

	/** Called every second: moves the clock, and submits at time-out. */
	tick() {
		this.now = this.#clock();
		if (this.attempt?.phase === 'questions' && this.remaining === 0) this.submit(true);
	}

	answer(questionId: string, response: Response | undefined) {
		if (this.attempt?.phase !== 'questions') return;
		const at = this.#clock();
		this.#change((a) => {
			if (response) a.answers[questionId] = response;
			else delete a.answers[questionId];
			a.answeredAt[questionId] = at;
		});
	}
	go(index: number) {
		if (!this.attempt) return;
		const i = Math.max(0, Math.min(this.attempt.questions.length - 1, index));
		this.#change((a) => (a.current = i));
	}
	toggleFlag(questionId: string) {
		this.#change((a) => {
			a.flags = a.flags.includes(questionId)
				? a.flags.filter((f) => f !== questionId)
				: [...a.flags, questionId];
		});
	}

	/**
	 * Ends the multiple-choice part. The answers are learned into the learner's progress
	 * first, in one write with the history entry that marks them learned; only then is the
	 * attempt marked submitted. A crash between the two loses nothing, and the resumed
	 * attempt finishes its submission without learning the answers a second time.
	 */
	submit(timedOut = false) {
		const attempt = this.attempt;
		if (!attempt || attempt.phase !== 'questions' || !this.#owned()) return;
		const now = this.#clock();
		this.learner.save((p) => learnAttempt(p, attempt, now));
		this.#change((a) => {
			a.phase = 'essays';
			a.submittedAt = now;
			a.timedOut = timedOut;
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
		if (!attempt || attempt.phase !== 'grading' || !this.#owned()) return;
		this.#change((a) => (a.phase = 'graded'));
		const entry = historyEntry(attempt, this.#clock());
		this.learner.save((p) => ({
			...p,
			attempts: p.attempts.some((x) => x.id === entry.id)
				? p.attempts.map((x) => (x.id === entry.id ? entry : x))
				: [...p.attempts, entry]
		}));
	}

	/** Leaves the finished attempt behind to start a new one. */
	discard() {
		if (!this.attempt || !this.#owned()) return;
		this.#storage.remove(ATTEMPT_KEY);
		this.attempt = null;
		this.#lock.release();
	}

	/** The ids of the latest paper; nothing when unreadable (it only steers the next draw). */
	#recentPaper(): string[] {
		try {
			const ids: unknown = JSON.parse(this.#storage.read(RECENT_PAPER_KEY) ?? '[]');
			return Array.isArray(ids) ? ids.filter((id) => typeof id === 'string') : [];
		} catch {
			return [];
		}
	}

	#owned(): boolean {
		if (this.#lock.held) return true;
		this.attempt = null;
		this.elsewhere = true;
		return false;
	}

	/**
	 * The stored attempt. One that cannot be used is set aside under a backup key (the
	 * problem named in `notice`); one from a newer version, or one there is no room to back
	 * up, is left as it is and `blocked` says why.
	 */
	#read(): AttemptRead {
		const text = this.#storage.read(ATTEMPT_KEY);
		const read = readAttempt(text, this.#banks, this.#clock());
		this.blocked = null;
		if (read.status !== 'problem' || text === null) return read;
		const { problem } = read;
		if (problem.kind === 'newer') {
			this.blocked = {
				message: `Bài thi đang làm dở không mở được: ${problem.message} Bài đó được giữ nguyên; hãy tải lại trang để dùng bản mới nhất, hoặc để riêng bài đó rồi làm đề mới.`,
				canSetAside: true
			};
			return read;
		}
		const key = attemptBackupKey(this.#clock());
		const saved = this.#storage.write(key, text);
		if (!saved.ok && saved.reason === 'full') {
			this.blocked = {
				message: `Bài thi đang làm dở không dùng được (${problem.message}) và bộ nhớ đầy nên không sao lưu được; bài cũ được để nguyên. Hãy giải phóng bộ nhớ của trình duyệt rồi tải lại trang.`,
				canSetAside: false
			};
			return read;
		}
		this.#storage.remove(ATTEMPT_KEY);
		this.notice = `Bài thi đang làm dở không dùng được: ${problem.message} Bản cũ được giữ lại dưới khóa “${key}”.`;
		return { status: 'none' };
	}

	#show(read: Extract<AttemptRead, { status: 'ok' }>) {
		const attempt = read.attempt;
		this.elsewhere = false;
		// Learned but not yet marked submitted (a crash between the two): finish the submission.
		const learned = this.learner.progress.attempts.find((x) => x.id === attempt.id);
		if (attempt.phase === 'questions' && learned) {
			attempt.phase = 'essays';
			attempt.submittedAt = learned.finishedAt;
		}
		this.attempt = attempt;
		if (read.repairs.length) this.notice = read.repairs.join(' ');
		if (read.repairs.length || learned) this.#write();
		this.tick();
	}

	#change(update: (a: ExamAttempt) => void) {
		if (!this.attempt || !this.#owned()) return;
		update(this.attempt);
		this.#write();
	}

	#write() {
		if (!this.attempt) return;
		const stored = this.#read();
		if (this.blocked) return;
		if (stored.status === 'ok') {
			if (stored.attempt.id !== this.attempt.id && isUnfinished(stored.attempt)) {
				// Another tab started a new exam (only possible without Web Locks): keep it.
				this.attempt = null;
				this.elsewhere = true;
				return;
			}
			const merged = mergeAttempts(this.attempt, stored.attempt);
			if (merged !== this.attempt) this.attempt = merged;
		}
		this.#put(this.attempt);
	}

	/** One write of the whole attempt: a crash cannot leave half of it. */
	#put(attempt: ExamAttempt) {
		const saved = this.#storage.write(ATTEMPT_KEY, JSON.stringify(attempt));
		this.problem = saved.ok ? null : NOT_SAVED[saved.reason];
	}
}

/** The attempt's answers and its history entry, once: a second call changes nothing. */
function learnAttempt(p: Progress, attempt: ExamAttempt, now: number): Progress {
	if (p.attempts.some((x) => x.id === attempt.id)) return p;
	let next = p;
	for (const q of attempt.questions)
		next = learnFromAnswer(next, q.id, isCorrect(q, attempt.answers[q.id]), now);
	return { ...next, attempts: [...next.attempts, historyEntry(attempt, now)] };
}
