import { describe, expect, it } from 'vitest';
import { latestOnly } from './latest-only';

describe('latestOnly', () => {
	it('runs once more for the wishes made while it ran, never twice at once', async () => {
		let running = 0;
		let most = 0;
		let runs = 0;
		const release: (() => void)[] = [];
		const wish = latestOnly(async () => {
			running++;
			most = Math.max(most, running);
			runs++;
			await new Promise<void>((resolve) => release.push(resolve));
			running--;
		});
		const first = wish();
		void wish();
		void wish();
		release.shift()!();
		await new Promise((r) => setTimeout(r));
		release.shift()!();
		await first;
		expect(runs).toBe(2);
		expect(most).toBe(1);
	});
});
