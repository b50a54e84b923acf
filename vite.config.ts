import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { findChromium } from './tests/support/find-chromium.js';
import { liveClassroom } from './src/lib/live/server/vite-plugin.js';

export default defineConfig({
	plugins: [sveltekit(), liveClassroom()],
	server: {
		// Chapters live in content/, outside src/: let the dev server serve them.
		fs: { allow: ['content'] }
	},
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
					exclude: ['**/*.browser.test.ts'],
					environment: 'node',
					// One module cache for all the files of a worker: importing the engine, the
					// content schemas and their dependencies again for each file took half the run.
					// A test that changes a global restores it (vi.unstubAllGlobals, afterEach).
					isolate: false
				}
			},
			{
				// Component tests in a real Chromium (the system's: Playwright's download is not
				// assumed), one page per test file.
				extends: true,
				test: {
					name: 'browser',
					include: ['src/**/*.browser.test.ts'],
					browser: {
						enabled: true,
						headless: true,
						provider: playwright({
							launchOptions: {
								executablePath: findChromium(),
								args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']
							}
						}),
						instances: [{ browser: 'chromium' }],
						screenshotFailures: false
					}
				}
			}
		]
	}
});
