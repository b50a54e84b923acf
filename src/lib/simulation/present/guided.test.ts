import { describe, expect, it } from 'vitest';
import { LEVER_IDS } from '$lib/simulation/core';
import { arrivingAt, GUIDED_STEPS, openLevers, targetingOpen } from './guided';

describe('guided play', () => {
	it('opens the levers a few at a time, and all of them in free play', () => {
		expect([...openLevers('guided', 0)]).toEqual(['acquisition', 'serviceQuality']);
		expect(openLevers('guided', 2).has('staffTraining')).toBe(true);
		expect(openLevers('guided', 5).has('personalization')).toBe(false);
		expect(openLevers('guided', 6).size).toBe(LEVER_IDS.length);
		expect(openLevers('free', 0).size).toBe(LEVER_IDS.length);
		expect(targetingOpen('guided', 0)).toBe(false);
		expect(targetingOpen('guided', 6)).toBe(true);
		expect(targetingOpen('free', 0)).toBe(true);
	});

	it('introduces every lever exactly once, each step with a two-sentence lesson', () => {
		expect(GUIDED_STEPS.flatMap((s) => s.levers).sort()).toEqual([...LEVER_IDS].sort());
		for (const step of GUIDED_STEPS) {
			expect(step.lesson.split(/(?<=\.)\s+/).length).toBeGreaterThanOrEqual(2);
			expect(step.ref).toMatch(/^[a-z0-9-]+#[a-z0-9-]+$/);
		}
		expect(arrivingAt('guided', 2)?.title).toBe('Dịch vụ và con người');
		expect(arrivingAt('guided', 3)).toBeUndefined();
		expect(arrivingAt('free', 0)).toBeUndefined();
	});
});
