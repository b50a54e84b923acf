import { describe, expect, it } from 'vitest';
import { dueCards, dueToday, recordAnswer, reviewedToday, untilText } from './review';
import { learnFromAnswer } from './learn';
import { emptyProgress } from './progress';

const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 23, 8);

describe('review scheduling', () => {
	it('starts a card only for a missed question, due again within the day', () => {
		expect(recordAnswer(undefined, 'q-001', true, now)).toBeUndefined();
		const card = recordAnswer(undefined, 'q-001', false, now)!;
		expect(card.questionId).toBe('q-001');
		expect(card.due).toBeGreaterThan(now);
		expect(card.due - now).toBeLessThan(DAY);
		expect(card.lapses + card.reps).toBeGreaterThan(0);
	});

	it('pushes the card further away with each right answer and back after a miss', () => {
		let card = recordAnswer(undefined, 'q', false, now)!;
		let t = card.due;
		const gaps: number[] = [];
		for (let i = 0; i < 4; i++) {
			card = recordAnswer(card, 'q', true, t)!;
			gaps.push(card.due - t);
			t = card.due;
		}
		for (let i = 1; i < gaps.length; i++) expect(gaps[i]!).toBeGreaterThan(gaps[i - 1]!);
		expect(gaps.at(-1)!).toBeGreaterThan(DAY);
		const missed = recordAnswer(card, 'q', false, t)!;
		expect(missed.due - t).toBeLessThan(gaps.at(-1)!);
		expect(missed.lapses).toBe(card.lapses + 1);
	});

	it('is deterministic and survives a JSON round trip', () => {
		const a = recordAnswer(undefined, 'q', false, now)!;
		const b = JSON.parse(JSON.stringify(recordAnswer(undefined, 'q', false, now)));
		expect(b).toEqual(a);
		expect(recordAnswer(b, 'q', true, a.due)).toEqual(recordAnswer(a, 'q', true, a.due));
	});

	it('counts what is due, most overdue first', () => {
		const early = { ...recordAnswer(undefined, 'a', false, now)!, due: now - 2 * DAY };
		const late = { ...recordAnswer(undefined, 'b', false, now)!, due: now - DAY };
		const future = { ...recordAnswer(undefined, 'c', false, now)!, due: now + 3 * DAY };
		expect(dueCards([late, future, early], now).map((c) => c.questionId)).toEqual(['a', 'b']);
		expect(dueToday([late, future, early], now)).toBe(2);
	});
});

describe('learning from an answer', () => {
	it('counts the answer and schedules a missed question for review', () => {
		const p = learnFromAnswer(emptyProgress(), 'a-001', false, now);
		expect(p.answers['a-001']).toMatchObject({ right: 0, wrong: 1, lastRight: false });
		expect(p.review['a-001']!.due).toBeGreaterThanOrEqual(now);
		const later = learnFromAnswer(p, 'a-001', true, now + 60_000);
		expect(later.review['a-001']!.due).toBeGreaterThan(p.review['a-001']!.due);
		expect(later.answers['a-001']).toMatchObject({ right: 1, wrong: 1, lastRight: true });
	});

	it('needs no review card for a question answered right the first time', () => {
		expect(learnFromAnswer(emptyProgress(), 'a-002', true, now).review).toEqual({});
	});

	it('schedules a slip later than a miss the learner did not know, without a lapse', () => {
		let card = recordAnswer(undefined, 'q', false, now)!;
		for (let i = 0; i < 3; i++) card = recordAnswer(card, 'q', true, card.due)!;
		const t = card.due;
		const unknown = recordAnswer(card, 'q', false, t, 'unknown')!;
		const slip = recordAnswer(card, 'q', false, t, 'slip')!;
		expect(slip.due).toBeGreaterThan(unknown.due);
		expect(slip.lapses).toBe(card.lapses);
		expect(unknown.lapses).toBe(card.lapses + 1);
	});

	it('counts the reviews done today, not the cards a first miss started', () => {
		const started = recordAnswer(undefined, 'a', false, now)!;
		const reviewed = recordAnswer(
			recordAnswer(undefined, 'b', false, now - 2 * DAY)!,
			'b',
			true,
			now
		)!;
		const yesterday = recordAnswer(
			recordAnswer(undefined, 'c', false, now - 3 * DAY)!,
			'c',
			true,
			now - DAY
		)!;
		expect(reviewedToday([started, reviewed, yesterday], now)).toBe(1);
	});

	it('says when a card comes back', () => {
		expect(untilText(now + 10 * 60_000, now)).toBe('gặp lại sau 10 phút');
		expect(untilText(now + 5 * 3_600_000, now)).toBe('gặp lại sau 5 giờ');
		expect(untilText(now + 3 * DAY, now)).toBe('gặp lại sau 3 ngày');
	});
});
