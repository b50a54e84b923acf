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
 * Precaching fetches past the browser's HTTP cache (only the hashed, immutable files may
 * come from it), so a new version never fills its cache with the old question banks.
 */
const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `crm-lab-${version}`;
const ASSETS = [...new Set([...build, ...files, ...prerendered])];
const PRECACHED = new Set(ASSETS);
const IMMUTABLE = '/_app/immutable/';

/** What an address that was never cached gets while offline, instead of the browser's error. */
function offlinePage(): Response {
	const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Đang ngoại tuyến · CRM Lab</title>
<style>body{font:1.05rem/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem}</style>
</head><body><h1>Đang ngoại tuyến</h1>
<p>Trang này chưa được lưu để dùng khi mất mạng, nên chưa mở được. Các chương, phần luyện tập và mô phỏng đã lưu vẫn dùng được.</p>
<p><a href="/">Về trang chủ</a> · <a href="/chuong">Các chương</a> · <a href="/mo-phong">Mô phỏng</a></p>
</body></html>`;
	return new Response(html, {
		status: 503,
		headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }
	});
}

sw.addEventListener('install', (event) => {
	const fresh = (path: string) =>
		new Request(path, { cache: path.startsWith(IMMUTABLE) ? 'default' : 'reload' });
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS.map(fresh))));
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
				if (request.mode === 'navigate') return offlinePage();
				throw error;
			}
		})()
	);
});
