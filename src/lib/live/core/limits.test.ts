import { describe, expect, it } from 'vitest';
import { JoinGuard, MessageBudget } from './limits';

const limits = { attempts: 5, misses: 3, windowMs: 60_000, lockMs: 120_000 };

describe('JoinGuard', () => {
	it('locks an address after repeated wrong codes, and only that address', () => {
		const guard = new JoinGuard(limits);
		for (let i = 0; i < 3; i++) {
			expect(guard.attempt('1.1.1.1', i).ok).toBe(true);
			guard.miss('1.1.1.1', i);
		}
		expect(guard.attempt('1.1.1.1', 10)).toEqual({
			ok: false,
			reason: 'locked',
			retryMs: 120_000 - 8
		});
		expect(guard.attempt('2.2.2.2', 10).ok).toBe(true);
		// still locked in the next window, open after the lock
		expect(guard.attempt('1.1.1.1', 70_000).ok).toBe(false);
		expect(guard.attempt('1.1.1.1', 122_002).ok).toBe(true);
	});

	it('limits attempts per window, then lets them through again', () => {
		const guard = new JoinGuard(limits);
		for (let i = 0; i < 5; i++) expect(guard.attempt('a', 0).ok).toBe(true);
		expect(guard.attempt('a', 0)).toMatchObject({ ok: false, reason: 'rate-limited' });
		expect(guard.attempt('a', 60_000).ok).toBe(true);
	});

	it('forgets addresses that are done', () => {
		const guard = new JoinGuard(limits);
		guard.attempt('a', 0);
		guard.sweep(60_000);
		for (let i = 0; i < 5; i++) expect(guard.attempt('a', 60_001).ok).toBe(true);
	});
});

describe('MessageBudget', () => {
	it('allows a burst, then the steady rate', () => {
		const budget = new MessageBudget(3, 2, 0);
		expect([0, 0, 0, 0].map(() => budget.take(0))).toEqual([true, true, true, false]);
		expect(budget.take(499)).toBe(false);
		expect(budget.take(500)).toBe(true);
	});
});
