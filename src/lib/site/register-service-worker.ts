import { dev } from '$app/environment';

/**
 * Registers the offline service worker once the page has loaded (what Kit would do, but
 * here a refusal is caught: a browser that blocks site data rejects the registration,
 * and the site then simply works online only).
 */
export function registerServiceWorker(): void {
	if (!('serviceWorker' in navigator)) return;
	const register = () =>
		navigator.serviceWorker
			.register('/service-worker.js', { type: dev ? 'module' : 'classic' })
			.catch(() => {});
	if (document.readyState === 'complete') void register();
	else addEventListener('load', () => void register(), { once: true });
}
