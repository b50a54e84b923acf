/**
 * npm run lighthouse: starts the built site, runs Lighthouse (mobile settings) with the
 * system Chromium on the main pages, and prints one line per page:
 *   LIGHTHOUSE <path> performance=<n> accessibility=<n> best-practices=<n> seo=<n>
 * Exits 1 when a page misses a target (performance ≥ 95, accessibility and best
 * practices 100), 2 without a build.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from '../tests/support/find-chromium';
import { serve } from './serve.js';

const PAGES = ['/', '/chuong/gia-tri-va-su-thoa-man', '/mo-phong/coffee', '/luyen-tap', '/thi-thu'];
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100 } as const;
const PORT = 4175;

if (!existsSync(path.resolve('build/handler.js'))) {
	console.error('lighthouse: no production build found. Run `npm run build` first.');
	process.exit(2);
}

const server = await serve({ port: PORT, host: '127.0.0.1' });
const chrome = await chromeLauncher.launch({
	chromePath: findChromium(),
	chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']
});
let failed = 0;
try {
	for (const page of PAGES) {
		const result = await lighthouse(`http://127.0.0.1:${PORT}${page}`, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
		});
		const categories = result?.lhr.categories ?? {};
		const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
		console.log(
			`LIGHTHOUSE ${page} performance=${score('performance')} accessibility=${score('accessibility')} best-practices=${score('best-practices')} seo=${score('seo')}`
		);
		for (const [id, target] of Object.entries(TARGETS)) {
			if (score(id) < target) {
				failed++;
				const audits = Object.values(result?.lhr.audits ?? {})
					.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
					.map((a) => a.id);
				console.error(
					`  ✗ ${page}: ${id} ${score(id)} < ${target} (${audits.slice(0, 8).join(', ')})`
				);
			}
		}
	}
} finally {
	await chrome.kill();
	server.close();
}
process.exit(failed ? 1 : 0);
