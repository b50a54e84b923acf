import { defineConfig } from '@playwright/test';
import { findChromium } from './tests/support/find-chromium';

const PORT = 4173;

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	reporter: [['list']],
	timeout: 30_000,
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		locale: 'vi-VN',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: findChromium(),
			args: [
				'--headless=new',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	projects: [
		{ name: 'chromium', testIgnore: /\.perf\.spec\.ts$/ },
		// Timing tests run last and alone, so that other pages do not skew them.
		{ name: 'perf', testMatch: /\.perf\.spec\.ts$/, dependencies: ['chromium'] }
	],
	webServer: {
		// The production server; scripts/start.js rebuilds first if the build is stale.
		command: 'node scripts/start.js',
		env: { PORT: String(PORT), HOST: '127.0.0.1' },
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 180_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
