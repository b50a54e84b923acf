import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium the browser tests drive: $CHROMIUM_PATH if set, else Playwright's own
 * download if present, else the system's /usr/bin/chromium. Throws a message saying how
 * to get one when there is none.
 */
export function findChromium(
	env: Record<string, string | undefined> = process.env,
	exists: (file: string) => boolean = existsSync,
	playwrightOwn: () => string | undefined = () => {
		try {
			return chromium.executablePath();
		} catch {
			return undefined;
		}
	}
): string {
	const fromEnv = env.CHROMIUM_PATH;
	if (fromEnv) {
		if (exists(fromEnv)) return fromEnv;
		throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but no browser is there.`);
	}
	const own = playwrightOwn();
	if (own && exists(own)) return own;
	if (exists(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
	throw new Error(
		[
			'No Chromium found for the browser tests.',
			'Install one with:   apt-get update && apt-get install -y chromium',
			'or point to one with:   CHROMIUM_PATH=/path/to/chromium npm test'
		].join('\n')
	);
}
