import { describe, expect, it } from 'vitest';
import {
	checkSense,
	historyEntry,
	mergeAttempts,
	newAttempt,
	readAttempt,
	resultOf,
	type ExamAttempt
} from './attempt';
import { assembleExam } from './exam';
import { FIVE_BANKS, rightAnswer } from './fixtures';

const paper = assembleExam(FIVE_BANKS, 9);
const start = Date.UTC(2026, 10, 23, 8);

function ok(text: string | null, banks = FIVE_BANKS, now = start): ExamAttempt {
	const read = readAttempt(text, banks, now);
	if (read.status !== 'ok') throw new Error(JSON.stringify(read));
	return read.attempt;
}

/** The same attempt as version 1 saved it: ids only, one option index per answer. */
function asVersion1(attempt: ExamAttempt, answers: Record<string, number>) {
	const { questions, essays, answeredAt: _, ...rest } = attempt;
	return JSON.stringify({
		...rest,
		version: 1,
		questionIds: questions.map((q) => q.id),
		essayIds: essays.map((e) => e.id),
		answers
	});
}

describe('mock exam attempts', () => {
	it('survive a round trip through storage text with their own copy of the paper', () => {
		const attempt = newAttempt(paper, start, 60);
		const q = paper.questions[0]!;
		attempt.answers[q.id] = rightAnswer(q);
		attempt.answeredAt[q.id] = start;
		expect(ok(JSON.stringify(attempt))).toEqual(attempt);
		// a content update that drops every question of the banks changes nothing
		expect(ok(JSON.stringify(attempt), []).questions).toEqual(paper.questions);
	});

	it.each([
		{ text: null, status: 'none' },
		{ text: '', status: 'none' },
		{ text: '{', kind: 'not-json' },
		{ text: '[]', kind: 'wrong-shape' },
		{ text: '{"format":"crm-lab-exam","version":1}', kind: 'wrong-shape' },
		{ text: '{"format":"crm-lab-exam","version":2,"questions":5}', kind: 'wrong-shape' },
		{ text: '{"format":"crm-lab-exam","version":3}', kind: 'newer' }
	])('reads $text as $status$kind', ({ text, status, kind }) => {
		const read = readAttempt(text, FIVE_BANKS, start);
		if (status) expect(read.status).toBe(status);
		else expect(read).toMatchObject({ status: 'problem', problem: { kind } });
	});

	it('migrates a version 1 attempt with the banks, its answers as typed responses', () => {
		const attempt = newAttempt(paper, start, 60);
		const singles = paper.questions.filter((q) => q.type === 'single');
		const v1 = asVersion1(attempt, { [singles[0]!.id]: 2 });
		const migrated = ok(v1);
		expect(migrated.version).toBe(2);
		expect(migrated.questions).toEqual(paper.questions);
		expect(migrated.answers).toEqual({ [singles[0]!.id]: { type: 'single', choice: 2 } });
		// the banks no longer have its questions: set aside, named as such
		expect(readAttempt(v1, FIVE_BANKS.slice(1), start)).toMatchObject({
			problem: { kind: 'stale' }
		});
	});

	it('is checked for sense: no questions or one twice refused; a false submission and a future start set right', () => {
		const attempt = newAttempt(paper, start, 60);
		expect(checkSense({ ...attempt, questions: [] }, start)).toMatchObject({
			problem: { kind: 'empty', message: 'Bài thi không có câu hỏi nào.' }
		});
		const twice = [paper.questions[0]!, ...paper.questions.slice(0, 39)];
		expect(checkSense({ ...attempt, questions: twice }, start)).toMatchObject({
			problem: { kind: 'wrong-shape' }
		});
		const odd = {
			...attempt,
			phase: 'graded' as const,
			startedAt: start + 1e10,
			current: 99,
			answers: { 'khong-co-001': { type: 'single' as const, choice: 1 } },
			flags: ['khong-co-001']
		};
		const read = checkSense(odd, start);
		expect(read.status).toBe('ok');
		if (read.status !== 'ok') return;
		expect(read.attempt).toMatchObject({ phase: 'questions', startedAt: start, current: 39 });
		expect(read.attempt.answers).toEqual({});
		expect(read.attempt.flags).toEqual([]);
		expect(read.repairs).toHaveLength(2);
	});

	it('merge two copies: the later change to each answer wins, a cleared answer stays cleared, the phase never goes back', () => {
		const [a, b, c] = paper.questions;
		const ours = newAttempt(paper, start, 60);
		ours.answers[a!.id] = rightAnswer(a!);
		ours.answeredAt = { [a!.id]: start + 5, [c!.id]: start + 9 };
		const theirs = structuredClone(ours);
		theirs.answers[b!.id] = rightAnswer(b!);
		theirs.answeredAt[b!.id] = start + 7;
		delete theirs.answers[a!.id];
		theirs.answeredAt[a!.id] = start + 8;
		theirs.phase = 'essays';
		theirs.submittedAt = start + 10;
		const merged = mergeAttempts(ours, theirs);
		expect(Object.keys(merged.answers)).toEqual([b!.id]);
		expect(merged).toMatchObject({ phase: 'essays', submittedAt: start + 10 });
		expect(mergeAttempts(merged, ours)).toBe(merged);
	});

	it('scores 0,15 per right answer of every type and adds the essays once graded', () => {
		const attempt = newAttempt(paper, start, null);
		const types = new Set(paper.questions.slice(0, 20).map((q) => q.type));
		expect(types).toEqual(new Set(['single', 'truefalse', 'numeric']));
		for (const q of paper.questions.slice(0, 20)) attempt.answers[q.id] = rightAnswer(q);
		attempt.ticked = [[0, 1], [2]];
		expect(resultOf(attempt).total).toBeNull();
		attempt.phase = 'graded';
		attempt.submittedAt = start + 1000;
		const result = resultOf(attempt);
		expect(result.score.points).toBe(3);
		expect(result.essayPoints).toEqual([1.5, 0.5]);
		expect(result.total).toBe(5);
		expect(historyEntry(attempt, start + 5000)).toMatchObject({
			kind: 'exam',
			finishedAt: start + 1000,
			correct: 20,
			total: 40,
			points: 3,
			essayPoints: 2,
			totalPoints: 5,
			limitChanged: true
		});
	});
});
