import { describe, expect, it } from 'vitest';
import { ATTEMPT_KEY } from '$lib/quiz/core/attempt';
import { FIVE_BANKS, rightAnswer } from '$lib/quiz/core/fixtures';
import { blockedStorage, fakeStorage } from '$lib/site/fake-storage';
import { SafeStorage } from '$lib/site/storage';
import { ExamSession } from './exam-session.svelte';
import { Learner } from './learner.svelte';
import { FakeLocks, TabLock } from './tab-lock';
import { PROGRESS_KEY } from './store';

/** One browser: its storage, its clock, its locks; `tab()` opens the exam page in a new tab. */
function browser() {
	const browserStorage = fakeStorage();
	const data = browserStorage.data;
	const storage = new SafeStorage(() => browserStorage);
	const locks = new FakeLocks();
	let now = Date.UTC(2026, 10, 23, 8);
	const clock = { advance: (ms: number) => (now += ms), read: () => now };
	const tab = ({ webLocks = true } = {}) => {
		const learner = new Learner();
		learner.connect(storage);
		const lock = new TabLock(ATTEMPT_KEY, webLocks ? locks : null);
		const session = new ExamSession(learner, { storage, clock: clock.read, lock });
		return { learner, lock, session };
	};
	return { data, clock, tab };
}

/** A closed tab releases its lock; the browser hands it on a moment later. */
async function closed(lock: TabLock) {
	lock.release();
	await new Promise((resolve) => setTimeout(resolve));
}

const stored = (data: Map<string, string>, key = ATTEMPT_KEY) => JSON.parse(data.get(key)!);

describe('the mock exam session', () => {
	it('saves every answer of every type, and the next tab resumes it once this one is closed', async () => {
		const { tab } = browser();
		const first = tab();
		await first.session.start(FIVE_BANKS, 60);
		const questions = first.session.paper!.questions;
		const [q1, q3, q4] = ['single', 'numeric', 'truefalse'].map((type) =>
			questions.find((q) => q.type === type)!
		);
		first.session.answer(q1!.id, rightAnswer(q1!));
		first.session.answer(q3!.id, { type: 'numeric', value: 12.5 });
		first.session.answer(q4!.id, { type: 'truefalse', choice: false });
		first.session.answer(q3!.id, undefined);
		first.session.toggleFlag(q1!.id);
		first.session.go(5);
		await closed(first.lock);

		const again = tab().session;
		expect(await again.resume(FIVE_BANKS)).toBe(true);
		expect(again.attempt!.answers).toEqual({
			[q1!.id]: rightAnswer(q1!),
			[q4!.id]: { type: 'truefalse', choice: false }
		});
		expect(again.attempt!.flags).toEqual([q1!.id]);
		expect(again.attempt!.current).toBe(5);
		expect(again.paper).toEqual(first.session.paper);
	});

	it('submits on resume when the time ran out while the tab was closed', async () => {
		const { clock, tab } = browser();
		const first = tab();
		await first.session.start(FIVE_BANKS, 60);
		await closed(first.lock);
		clock.advance(61 * 60_000);
		const again = tab().session;
		await again.resume(FIVE_BANKS);
		expect(again.attempt).toMatchObject({ phase: 'essays', timedOut: true });
	});

	it('submits by itself at time-out: the answers are learned and the attempt recorded', async () => {
		const { data, clock, tab } = browser();
		const { learner, session } = tab();
		await session.start(FIVE_BANKS, 60);
		const q = session.paper!.questions[0]!;
		session.answer(q.id, rightAnswer(q));
		clock.advance(55 * 60_000);
		session.tick();
		expect(session.warning).toBe(true);
		expect(session.attempt!.phase).toBe('questions');
		clock.advance(5 * 60_000);
		session.tick();
		expect(session.attempt).toMatchObject({ phase: 'essays', timedOut: true });
		expect(learner.progress.attempts).toHaveLength(1);
		expect(learner.progress.attempts[0]).toMatchObject({ correct: 1, points: 0.15 });
		expect(Object.keys(learner.progress.review)).toHaveLength(39);
		expect(stored(data, PROGRESS_KEY).attempts).toHaveLength(1);
	});

	it('never times out with the limit off, and grades the essays into a total out of 10', async () => {
		const { clock, tab } = browser();
		const { learner, session } = tab();
		await session.start(FIVE_BANKS, null);
		clock.advance(5 * 3600_000);
		session.tick();
		expect(session.remaining).toBeNull();
		expect(session.attempt!.phase).toBe('questions');
		session.submit();
		session.writeEssay(0, 'Bài làm');
		session.toGrading();
		session.markRubric(0, 1, 'full');
		session.markRubric(1, 0, 'full');
		session.markRubric(1, 0, 'none');
		session.markRubric(1, 2, 'full');
		session.markRubric(1, 2, 'half');
		expect(session.rubricMark(1, 2)).toBe('half');
		expect(session.attempt!.ticked[1]).toEqual([]);
		expect(session.attempt!.halves[1]).toEqual([2]);
		session.finishGrading();
		expect(session.result!.total).toBe(1.25);
		expect(learner.progress.attempts).toHaveLength(1);
		expect(learner.progress.attempts[0]).toMatchObject({ totalPoints: 1.25, limitChanged: true });
	});

	it('a crash after the answers are learned, before the attempt is marked submitted, finishes the submission on resume and learns once', async () => {
		const { data, tab } = browser();
		const { session } = tab();
		await session.start(FIVE_BANKS, 60);
		const q = session.paper!.questions[0]!;
		session.answer(q.id, rightAnswer(q));
		const beforeSubmit = data.get(ATTEMPT_KEY)!;
		session.submit();
		data.set(ATTEMPT_KEY, beforeSubmit); // the second write never happened
		expect(stored(data).phase).toBe('questions');

		const after = tab();
		await after.session.takeOver();
		expect(after.session.attempt).toMatchObject({ phase: 'essays' });
		after.session.submit();
		const progress = stored(data, PROGRESS_KEY);
		expect(progress.attempts).toHaveLength(1);
		expect(progress.answers[q.id]).toMatchObject({ right: 1, wrong: 0 });
		expect(stored(data).phase).toBe('essays');
	});

	it('one tab owns the attempt: the other says so, asks before replacing it, takes it over on request, and no answer is lost', async () => {
		const { data, tab } = browser();
		const a = tab().session;
		await a.start(FIVE_BANKS, 60);
		const [q1, q2] = a.paper!.questions;
		a.answer(q1!.id, rightAnswer(q1!));

		const b = tab().session;
		expect(await b.resume(FIVE_BANKS)).toBe(false);
		expect(b.elsewhere).toBe(true);
		const before = data.get(ATTEMPT_KEY);
		await b.start(FIVE_BANKS, 60);
		expect(b.pending).toMatchObject({ answered: 1, total: 40 });
		expect(data.get(ATTEMPT_KEY)).toBe(before);

		await b.takeOver();
		expect(b.pending).toBeNull();
		expect(a.elsewhere).toBe(true);
		expect(a.attempt).toBeNull();
		a.answer(q2!.id, { type: 'single', choice: 3 }); // the tab that lost it writes nothing
		b.answer(q2!.id, rightAnswer(q2!));
		expect(Object.keys(stored(data).answers)).toEqual([q1!.id, q2!.id]);

		await a.takeOver();
		expect(a.attempt!.answers[q2!.id]).toEqual(rightAnswer(q2!));
		expect(b.elsewhere).toBe(true);
		await a.start(FIVE_BANKS, 60, { replace: true });
		expect(Object.keys(stored(data).answers)).toEqual([]);
	});

	it('without Web Locks both tabs write, and each save merges the other tab’s answers first', async () => {
		const { data, tab } = browser();
		const a = tab({ webLocks: false }).session;
		await a.start(FIVE_BANKS, 60);
		const b = tab({ webLocks: false }).session;
		expect(await b.resume(FIVE_BANKS)).toBe(true);
		const [q1, q2, q3] = a.paper!.questions;
		a.answer(q1!.id, rightAnswer(q1!));
		b.answer(q2!.id, rightAnswer(q2!));
		a.answer(q3!.id, rightAnswer(q3!));
		expect(Object.keys(stored(data).answers).sort()).toEqual([q1!.id, q2!.id, q3!.id].sort());
	});

	it('with storage blocked, the exam still starts and keeps its answers for the page, and says they will not survive it', async () => {
		const storage = new SafeStorage(blockedStorage);
		const learner = new Learner();
		learner.connect(storage);
		const session = new ExamSession(learner, { storage, lock: new TabLock(ATTEMPT_KEY, null) });
		expect(await session.resume(FIVE_BANKS)).toBe(false);
		await session.start(FIVE_BANKS, 60);
		const q = session.paper!.questions[0]!;
		session.answer(q.id, rightAnswer(q));
		expect(session.answeredCount).toBe(1);
		expect(session.problem).toMatch(/chặn lưu trữ/);
		session.submit();
		expect(learner.progress.attempts).toHaveLength(1);
	});

	it('sets an unreadable attempt aside under a backup key that the next start leaves alone', async () => {
		const { data, tab } = browser();
		data.set(ATTEMPT_KEY, '{broken');
		const { session } = tab();
		expect(await session.resume(FIVE_BANKS)).toBe(false);
		expect(session.notice).toMatch(/không phải JSON hợp lệ.*crm-lab:exam:backup:\d+/);
		const backups = () => [...data.keys()].filter((k) => k.startsWith(`${ATTEMPT_KEY}:backup:`));
		expect(backups()).toHaveLength(1);
		await session.start(FIVE_BANKS, 60);
		expect(data.get(backups()[0]!)).toBe('{broken');
	});

	it('keeps an attempt from a newer version untouched: no start over it until set aside', async () => {
		const { data, tab } = browser();
		const newer = JSON.stringify({ format: 'crm-lab-exam', version: 3, id: 'x' });
		data.set(ATTEMPT_KEY, newer);
		const { session } = tab();
		await session.resume(FIVE_BANKS);
		expect(session.blocked?.message).toMatch(/phiên bản mới hơn của CRM Lab/);
		await session.start(FIVE_BANKS, 60);
		expect(data.get(ATTEMPT_KEY)).toBe(newer);
		session.setAside();
		expect(session.blocked).toBeNull();
		expect([...data.values()]).toContain(newer);
		await session.start(FIVE_BANKS, 60);
		expect(stored(data).version).toBe(2);
	});

	it('draws the next paper away from the last one', async () => {
		const { tab } = browser();
		const { session } = tab();
		await session.start(FIVE_BANKS, 60);
		const first = new Set(session.paper!.questions.map((q) => q.id));
		session.submit();
		session.discard();
		await tab().session.start(FIVE_BANKS, 60);
		const again = tab();
		await again.session.takeOver();
		const hard = again.session.paper!.questions.filter((q) => q.difficulty === 3);
		expect(hard.filter((q) => first.has(q.id))).toEqual([]);
	});
});
