import { describe, expect, it } from 'vitest';
import { historyEntry, newAttempt, paperOf, readAttempt, resultOf } from './attempt';
import { assembleExam } from './exam';
import { FIVE_BANKS } from './fixtures';

const paper = assembleExam(FIVE_BANKS, 9);
const start = Date.UTC(2026, 10, 23, 8);

describe('mock exam attempts', () => {
	it('survive a round trip through storage text and rebuild the same paper', () => {
		const attempt = newAttempt(paper, start, 60);
		attempt.answers[paper.questions[0]!.id] = 2;
		const again = readAttempt(JSON.stringify(attempt));
		expect(again).toEqual(attempt);
		expect(paperOf(again!, FIVE_BANKS)).toEqual(paper);
	});

	it.each([null, '', '{', '{"format":"crm-lab-exam","version":1}', '[]'])(
		'reads %j as no attempt',
		(text) => {
			expect(readAttempt(text)).toBeNull();
		}
	);

	it('is not resumed when its questions left the banks', () => {
		const attempt = newAttempt(paper, start, 60);
		attempt.questionIds[3] = 'mot-999';
		expect(paperOf(attempt, FIVE_BANKS)).toBeNull();
	});

	it('scores 0,15 per right answer and adds the essays once graded', () => {
		const attempt = newAttempt(paper, start, null);
		for (const q of paper.questions.slice(0, 20))
			if (q.type === 'single') attempt.answers[q.id] = q.answer;
		attempt.ticked = [[0, 1], [2]];
		expect(resultOf(attempt, paper).total).toBeNull();
		attempt.phase = 'graded';
		attempt.submittedAt = start + 1000;
		const result = resultOf(attempt, paper);
		expect(result.score.points).toBe(3);
		expect(result.essayPoints).toEqual([1.5, 0.5]);
		expect(result.total).toBe(5);
		const entry = historyEntry(attempt, paper);
		expect(entry).toMatchObject({
			kind: 'exam',
			correct: 20,
			total: 40,
			points: 3,
			essayPoints: 2,
			totalPoints: 5,
			limitChanged: true
		});
	});
});
