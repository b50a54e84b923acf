import { describe, expect, it } from 'vitest';
import type { RunQuestion } from '$lib/simulation/present/run-question-id';
import { readKey, removeKey, writeKey } from '$lib/site/storage';
import {
	addRunQuestions,
	MAX_KEPT,
	parseRunQueue,
	readRunQueue,
	RUN_QUESTIONS_KEY,
	withRunAnswer,
	withRunQuestions
} from './run-questions';

const question = (n: number): RunQuestion => ({
	id: `van-abc${n}-001`,
	type: 'single',
	difficulty: 2,
	ref: 'gia-tri-va-su-thoa-man#su-thoa-man',
	prompt: `Câu hỏi ${n} về ván của bạn?`,
	explanation: 'Vì ván của bạn cho thấy như vậy.',
	options: ['Một', 'Hai', 'Ba', 'Bốn'],
	answer: 1
});
const now = Date.UTC(2026, 0, 10, 3);
const stored = (items: unknown) => JSON.stringify({ version: 1, items });

describe('the run-question queue', () => {
	it('adds a run’s questions due now, once each, and reads them back', () => {
		const queue = withRunQuestions([], [question(1), question(2)], now);
		expect(queue.map((i) => i.question.id)).toEqual(['van-abc1-001', 'van-abc2-001']);
		expect(queue.every((i) => i.card.due <= now + 60 * 60 * 1000)).toBe(true);
		const again = withRunQuestions(queue, [question(1)], now + 5000);
		expect(again).toEqual(queue);
		expect(parseRunQueue(stored(queue))).toEqual(queue);
	});

	it('moves a question further away when answered right, keeps it close when wrong', () => {
		const queue = withRunQuestions([], [question(1)], now);
		const later = now + 10 * 60 * 1000;
		const right = withRunAnswer(queue, 'van-abc1-001', true, later)[0]!.card.due;
		const wrong = withRunAnswer(queue, 'van-abc1-001', false, later)[0]!.card.due;
		expect(right).toBeGreaterThan(wrong);
	});

	it('keeps the newest ones only', () => {
		const many = Array.from({ length: MAX_KEPT + 5 }, (_, i) => question(i));
		const queue = many.reduce(
			(q, item, i) => withRunQuestions(q, [item], now + i),
			withRunQuestions([], [], now)
		);
		expect(queue).toHaveLength(MAX_KEPT);
		expect(queue[0]!.question.id).toBe('van-abc5-001');
	});

	it('leaves out what it cannot read', () => {
		const [good] = withRunQuestions([], [question(1)], now);
		expect(parseRunQueue('{oops')).toEqual([]);
		expect(parseRunQueue(JSON.stringify({ version: 2, items: [good] }))).toEqual([]);
		const bankId = { ...good, question: { ...good!.question, id: 'gia-tri-001' } };
		expect(parseRunQueue(stored([good, bankId, { question: 1 }]))).toEqual([good]);
	});

	it('never overwrites a newer queue, and copies a damaged one aside first', () => {
		const newer = JSON.stringify({ version: 2, items: [] });
		writeKey(RUN_QUESTIONS_KEY, newer);
		expect(addRunQuestions([question(1)], now)).toEqual({ ok: false, reason: 'newer' });
		expect(readKey(RUN_QUESTIONS_KEY)).toBe(newer);
		writeKey(RUN_QUESTIONS_KEY, '{hỏng');
		// (No localStorage in this test: the accessor keeps it in memory.)
		addRunQuestions([question(1)], now);
		expect(readKey(`${RUN_QUESTIONS_KEY}:backup:${now}`)).toBe('{hỏng');
		expect(readRunQueue().map((i) => i.question.id)).toEqual(['van-abc1-001']);
		removeKey(RUN_QUESTIONS_KEY);
	});
});
