/**
 * npm run perf:slider: how fast the simulator's preview chart follows a lever's slider.
 * Starts the built site, moves a slider 20 times in Chromium and prints the median and
 * p95 time from the input event to the chart's redraw. Exits 1 when the p95 is over the
 * 100 ms budget, 2 without a build. Not part of npm test: a timing depends on what else
 * the machine is doing, so it is measured on demand, alone.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from '../tests/support/find-chromium';
import { serve } from './serve.js';

const BUDGET_MS = 100;
const MOVES = 20;
const PORT = 4176;

if (!existsSync(path.resolve('build/handler.js'))) {
	console.error('perf:slider: no production build found. Run `npm run build` first.');
	process.exit(2);
}

const server = await serve({ port: PORT, host: '127.0.0.1' });
const browser = await chromium.launch({
	executablePath: findChromium(),
	args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run']
});
try {
	const page = await browser.newPage({ locale: 'vi-VN' });
	await page.goto(`http://127.0.0.1:${PORT}/mo-phong/ca-phe`);
	const run = page.getByRole('button', { name: 'Chạy quý' });
	await run.waitFor();
	await page.getByRole('radio', { name: 'Tự do' }).check();
	await run.click();
	await page.locator('.status strong', { hasText: 'Quý 1/16' }).waitFor();
	await page.locator('.preview [data-drawn]').waitFor();

	const times: number[] = [];
	for (let move = 0; move < MOVES; move++) {
		const ms = await page.evaluate(
			async (value) => {
				const slider = document.querySelector<HTMLInputElement>('.lever input[type="range"]')!;
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
	const median = times[Math.floor(times.length / 2)]!;
	console.log(
		`slider → preview chart over ${MOVES} moves: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (budget ${BUDGET_MS} ms)`
	);
	process.exitCode = p95 <= BUDGET_MS ? 0 : 1;
} finally {
	await browser.close();
	server.close();
}
