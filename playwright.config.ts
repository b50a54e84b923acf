import { defineConfig } from '@playwright/test';
import { findChromium } from './tests/support/find-chromium';

// E2E_PORT lets a second checkout run its browser tests beside this one.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	reporter: [['list']],
	// Sized for a loaded machine: about three times what the slowest step takes when idle.
	timeout: 60_000,
	expect: {
		timeout: 15_000,
		toHaveScreenshot: { maxDiffPixelRatio: 0.02, animations: 'disabled', caret: 'hide' }
	},
	// Screenshot baselines, committed: CI runs on the same kind of machine, so no platform suffix.
	snapshotPathTemplate: '{testDir}/screenshots/{testFileName}/{arg}{ext}',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		locale: 'vi-VN',
		timezoneId: 'Asia/Ho_Chi_Minh',
		// Recording a trace costs a sixth of the suite's time even when it is thrown away; a failing
		// test leaves its page's ARIA snapshot and a screenshot. To debug one, record its trace:
		//   npx playwright test tests/x.spec.ts --trace retain-on-failure
		trace: 'off',
		screenshot: 'only-on-failure',
		// Each test's fresh browser would otherwise install the service worker and download the
		// whole site for offline use; the offline spec allows it.
		serviceWorkers: 'block',
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
	projects: [{ name: 'chromium' }],
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
