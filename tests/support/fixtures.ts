import { test as base, type Page } from '@playwright/test';

export { expect, type Page } from '@playwright/test';

/** The seed of Math.random in every page the tests open. */
export const RANDOM_SEED = 20_261_123;

/**
 * "Now" for the quiz pages, which seed their practice sets and exam papers with the clock:
 * fixed, so every run draws the same questions.
 */
export const QUIZ_NOW = new Date('2026-11-23T09:00:00+07:00');

/** Replaces Math.random with a seeded mulberry32 generator (runs inside the page). */
function seedMathRandom(seed: number) {
	let state = seed >>> 0;
	Math.random = () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Playwright's test, with Math.random seeded in every page of the test's browser context
 * (a new game's seed and the customer picked for a story are drawn with it).
 */
export const test = base.extend({
	context: async ({ context }, use) => {
		await context.addInitScript(seedMathRandom, RANDOM_SEED);
		await use(context);
	}
});

/** Freezes the page's clock at QUIZ_NOW (timers still run), so the quiz draws its questions the same way every run. */
export async function fixQuizClock(page: Page) {
	await page.clock.setFixedTime(QUIZ_NOW);
}

/**
 * Installs a paused clock just after QUIZ_NOW: time then moves only by
 * page.clock.fastForward, so an exam's paper and its countdown are the same every run.
 */
export async function pauseQuizClock(page: Page) {
	await page.clock.install({ time: QUIZ_NOW });
	await page.clock.pauseAt(QUIZ_NOW.getTime() + 1000);
}
