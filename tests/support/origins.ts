import type { Page } from '@playwright/test';

/**
 * Records, from now on, every request the page makes to another origin than `origin` and
 * every Content Security Policy refusal the browser reports in its console.
 */
export function watchOrigins(page: Page, origin: string) {
	const foreign: string[] = [];
	const refused: string[] = [];
	page.on('request', (request) => {
		const url = request.url();
		if (/^(data|blob):/.test(url)) return;
		if (new URL(url).origin !== origin) foreign.push(`${page.url()} → ${url}`);
	});
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to/.test(message.text())) refused.push(message.text());
	});
	return { foreign, refused };
}
