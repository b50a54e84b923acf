import { expect, test } from '@playwright/test';

/**
 * Timing in a browser. This file runs in its own project after every other test, alone,
 * so other tests' pages do not compete for the CPU while it measures.
 */

test('the preview chart follows a slider within 100 ms (p95 over 20 moves)', async ({ page }) => {
	await page.goto('/mo-phong/coffee');
	await expect(page.getByRole('button', { name: 'Chạy quý' })).toBeEnabled();
	await page.getByRole('radio', { name: 'Tự do' }).check();
	await page.getByRole('button', { name: 'Chạy quý' }).click();
	await expect(page.locator('.status strong')).toHaveText('Quý 1/16');
	const chart = page.locator('.preview [data-drawn]');
	await expect(chart).toBeVisible();
	const times: number[] = [];
	for (let move = 0; move < 20; move++) {
		const ms = await page.evaluate(
			async (value) => {
				const slider = document.querySelector<HTMLInputElement>(
					'input[type="range"][aria-label="Chăm sóc và xử lý phàn nàn"], .lever input[type="range"]'
				)!;
				const target = document.querySelector('.preview [data-drawn]')!;
				const before = target.getAttribute('data-drawn');
				const start = performance.now();
				const done = new Promise<number>((resolve) => {
					const observer = new MutationObserver(() => {
						if (target.getAttribute('data-drawn') !== before) {
							observer.disconnect();
							resolve(performance.now() - start);
						}
					});
					observer.observe(target, { attributes: true, attributeFilter: ['data-drawn'] });
				});
				slider.value = String(value);
				slider.dispatchEvent(new Event('input', { bubbles: true }));
				return done;
			},
			20_000 + move * 7_000
		);
		times.push(ms);
	}
	times.sort((a, b) => a - b);
	const p95 = times[Math.ceil(0.95 * times.length) - 1]!;
	test.info().annotations.push({ type: 'slider-to-chart p95 ms', description: p95.toFixed(1) });
	console.log(`slider→chart p95 ${p95.toFixed(1)} ms, median ${times[10]!.toFixed(1)} ms`);
	expect(p95).toBeLessThan(100);
});
