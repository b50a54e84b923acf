import { describe, expect, it } from 'vitest';
import { ATTEMPT_KEY } from '$lib/quiz/core/attempt';
import { ExamSession } from './exam-session.svelte';
import { FIVE_BANKS } from '$lib/quiz/core/fixtures';
import { Learner } from './learner.svelte';
import { PROGRESS_KEY } from '$lib/quiz/state/store';

function memory() {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (k: string) => data.get(k) ?? null,
		setItem: (k: string, v: string) => void data.set(k, v),
		removeItem: (k: string) => void data.delete(k)
	};
}

function setup() {
	const storage = memory();
	const learner = new Learner();
	learner.connect(storage);
	let now = Date.UTC(2026, 10, 23, 8);
	const clock = {
		advance: (ms: number) => (now += ms),
		read: () => now
	};
	const session = new ExamSession(storage, learner, clock.read);
	return { storage, learner, clock, session };
}

describe('the mock exam session', () => {
	it('saves every answer, and a new session resumes the same attempt', () => {
		const { storage, learner, clock, session } = setup();
		session.start(FIVE_BANKS, 60);
		const first = session.paper!.questions[0]!;
		session.answer(first.id, 1);
		session.toggleFlag(first.id);
		session.go(5);

		const again = new ExamSession(storage, learner, clock.read);
		expect(again.resume(FIVE_BANKS)).toBe(true);
		expect(again.attempt!.answers[first.id]).toBe(1);
		expect(again.attempt!.flags).toEqual([first.id]);
		expect(again.attempt!.current).toBe(5);
		expect(again.paper).toEqual(session.paper);
	});

	it('submits by itself at time-out and records the attempt', () => {
		const { storage, learner, clock, session } = setup();
		session.start(FIVE_BANKS, 60);
		const q = session.paper!.questions[0]!;
		if (q.type === 'single') session.answer(q.id, q.answer);
		clock.advance(55 * 60_000);
		session.tick();
		expect(session.warning).toBe(true);
		expect(session.attempt!.phase).toBe('questions');
		clock.advance(5 * 60_000);
		session.tick();
		expect(session.attempt!.phase).toBe('essays');
		expect(session.attempt!.timedOut).toBe(true);
		expect(learner.progress.attempts).toHaveLength(1);
		expect(learner.progress.attempts[0]).toMatchObject({ correct: 1, points: 0.15 });
		expect(Object.keys(learner.progress.review)).toHaveLength(39);
		expect(JSON.parse(storage.data.get(PROGRESS_KEY)!).attempts).toHaveLength(1);
	});

	it('submits on resume when the time ran out while the tab was closed', () => {
		const { storage, learner, clock, session } = setup();
		session.start(FIVE_BANKS, 60);
		clock.advance(61 * 60_000);
		const again = new ExamSession(storage, learner, clock.read);
		again.resume(FIVE_BANKS);
		expect(again.attempt!.phase).toBe('essays');
		expect(again.attempt!.timedOut).toBe(true);
	});

	it('never times out with the limit off, and grades the essays into a total out of 10', () => {
		const { learner, clock, session } = setup();
		session.start(FIVE_BANKS, null);
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
		session.markRubric(1, 2, 'half');
		expect(session.rubricMark(1, 2)).toBe('half');
		session.markRubric(1, 2, 'full');
		session.markRubric(1, 2, 'half');
		expect(session.attempt!.ticked[1]).toEqual([]);
		expect(session.attempt!.halves[1]).toEqual([2]);
		session.finishGrading();
		expect(session.result!.total).toBe(1.25);
		expect(learner.progress.attempts).toHaveLength(1);
		expect(learner.progress.attempts[0]).toMatchObject({ totalPoints: 1.25, limitChanged: true });
	});

	it('does not resume unreadable saved data, and says so', () => {
		const { storage, learner, clock } = setup();
		storage.setItem(ATTEMPT_KEY, '{broken');
		const session = new ExamSession(storage, learner, clock.read);
		expect(session.resume(FIVE_BANKS)).toBe(false);
		expect(session.problem).toMatch(/không đọc được/);
	});
});
