/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, prerendered, version } from '$service-worker';

/**
 * Offline use: on install, every file of the build, the static files and every
 * prerendered page (chapters, quiz pages and banks, the simulator) go into one cache, so
 * a student who opened the site once can read, practise and simulate offline. A new
 * version waits until the page asks it to take over (after the learner agrees to reload).
 */
const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `crm-lab-${version}`;
const ASSETS = [...new Set([...build, ...files, ...prerendered])];
const PRECACHED = new Set(ASSETS);

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (event.data?.type === 'skip-waiting') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;

	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			if (PRECACHED.has(url.pathname)) {
				const hit = await cache.match(url.pathname);
				if (hit) return hit;
			}
			try {
				return await fetch(request);
			} catch (error) {
				// Offline and not precached: a page falls back to the cached copy of its path.
				const fallback = await cache.match(url.pathname);
				if (fallback) return fallback;
				throw error;
			}
		})()
	);
});
