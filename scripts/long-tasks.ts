/**
 * npm run perf:long-tasks: the main thread's long tasks (over 50 ms) while a learner uses the
 * two heaviest pages, in Chromium with a PerformanceObserver for `longtask` entries:
 *   - opening a chapter and reading it top to bottom (its widgets arrive on the way),
 *   - opening the simulator and moving a lever's slider 20 times,
 *   - playing 4 quarters, then letting the game play itself to the end.
 * Each flow prints one line, `LONGTASK <flow> longest=<ms> count=<n> script=<ms>`: the longest
 * task, how many went over 50 ms, and the main thread's script time (Chrome's ScriptDuration
 * metric). `-- --cpu 4` slows the CPU as Lighthouse's mobile settings do. Exits 1 when a task
 * is over 50 ms, 2 without a build. Not part of npm test: timings depend on the machine.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { findChromium } from '../tests/support/find-chromium';
import { serve } from './serve.js';

const BUDGET_MS = 50;
const PORT = 4177;
const CHAPTER = '/chuong/gia-tri-va-su-thoa-man';
const SIMULATOR = '/mo-phong/ca-phe';
const cpuFlag = process.argv.indexOf('--cpu');
const CPU = cpuFlag > 0 ? Number(process.argv[cpuFlag + 1]) : 1;

if (!existsSync(path.resolve('build/handler.js'))) {
	console.error('perf:long-tasks: no production build found. Run `npm run build` first.');
	process.exit(2);
}

declare global {
	interface Window {
		longTasks: number[];
	}
}

/** Collects every long task's duration from the first script on, in window.longTasks. */
function observeLongTasks() {
	window.longTasks = [];
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) window.longTasks.push(entry.duration);
	}).observe({ type: 'longtask', buffered: true });
}

const server = await serve({ port: PORT, host: '127.0.0.1' });
const browser = await chromium.launch({
	executablePath: findChromium(),
	args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run']
});
let over = 0;

/** Runs `flow` on `page` and prints its long tasks and script time. */
async function measure(page: Page, name: string, flow: () => Promise<void>) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable');
	const scriptSeconds = async () => {
		const { metrics } = await cdp.send('Performance.getMetrics');
		return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
	};
	const tasksBefore = await page.evaluate(() => window.longTasks?.length ?? 0).catch(() => 0);
	const scriptBefore = await scriptSeconds();
	await flow();
	// Tasks still running when the flow's last check passed are reported on the next frame.
	await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
	const tasks = (await page.evaluate(() => window.longTasks)).slice(tasksBefore);
	const script = ((await scriptSeconds()) - scriptBefore) * 1000;
	const longest = Math.max(0, ...tasks);
	if (longest > BUDGET_MS) over++;
	console.log(
		`LONGTASK ${name} longest=${longest.toFixed(0)} count=${tasks.length} script=${script.toFixed(0)}`
	);
}

async function newPage(viewport = { width: 412, height: 823 }) {
	const page = await browser.newPage({ locale: 'vi-VN', viewport });
	await page.addInitScript(observeLongTasks);
	page.on('pageerror', (error) => console.log(`  page error: ${error.message}`));
	if (CPU > 1) {
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
	}
	return page;
}

try {
	console.log(`perf:long-tasks: CPU ×${CPU}, tasks over ${BUDGET_MS} ms count as long`);
	const reader = await newPage();
	await measure(reader, 'chapter-open', async () => {
		await reader.goto(`http://127.0.0.1:${PORT}${CHAPTER}`);
		await reader.locator('html[data-ready]').waitFor({ state: 'attached' });
	});
	await measure(reader, 'chapter-read', async () => {
		// One screen at a time, each step waiting for two frames, as a reader scrolls.
		for (let step = 0; step < 500; step++) {
			const moved = await reader.evaluate(async () => {
				const before = window.scrollY;
				window.scrollBy({ top: window.innerHeight * 0.8, behavior: 'instant' });
				await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
				return window.scrollY > before;
			});
			if (!moved) break;
		}
		// The widgets the reader passed arrive; any still waiting after 20 s are named.
		await reader
			.waitForFunction(() => !document.querySelector('.widget.waiting'), null, { timeout: 20_000 })
			.catch(() => undefined);
		const waiting = await reader.locator('.widget.waiting').allInnerTexts();
		if (waiting.length) console.log(`  still waiting at the end: ${waiting.join('; ')}`);
	});
	await reader.close();

	const player = await newPage();
	await measure(player, 'simulator-open', async () => {
		await player.goto(`http://127.0.0.1:${PORT}${SIMULATOR}`);
		await player.locator('html[data-ready]').waitFor({ state: 'attached' });
		await player.getByRole('button', { name: 'Chạy quý' }).waitFor();
	});
	await measure(player, 'slider-20-moves', async () => {
		const slider = player.locator('.lever input[type="range"]').first();
		await slider.waitFor();
		const { min, max } = await slider.evaluate((el: HTMLInputElement) => ({
			min: Number(el.min),
			max: Number(el.max)
		}));
		for (let move = 0; move < 20; move++) {
			const value = min + ((max - min) * ((move * 7) % 20)) / 20;
			await slider.evaluate((el: HTMLInputElement, v) => {
				el.value = String(v);
				el.dispatchEvent(new Event('input', { bubbles: true }));
			}, value);
			await player.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
		}
	});
	await measure(player, 'four-quarters', async () => {
		for (let quarter = 1; quarter <= 4; quarter++) {
			await player.getByRole('button', { name: 'Chạy quý' }).click();
			await player
				.getByText(new RegExp(`^Quý ${quarter}/\\d+$`))
				.first()
				.waitFor();
		}
	});
	await measure(player, 'auto-play', async () => {
		const autoplay = player.getByRole('button', { name: 'Tự chạy đến hết' });
		// On a phone the secondary buttons sit behind "Thêm".
		if (!(await autoplay.isVisible())) await player.getByRole('button', { name: 'Thêm' }).click();
		await autoplay.click();
		await player.getByRole('button', { name: 'Xem tổng kết' }).first().waitFor({ timeout: 60_000 });
	});
	await player.close();
	process.exitCode = over ? 1 : 0;
} finally {
	await browser.close();
	server.close();
}
