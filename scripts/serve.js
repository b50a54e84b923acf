/**
 * The production server: SvelteKit's adapter-node handler behind the security headers
 * that a page cannot set for itself (prerendered pages carry their CSP as a meta tag,
 * which browsers ignore for frame-ancestors). Used by `npm start` and the browser tests.
 */
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { answerClientError, deliver, MAX_HEADER_BYTES, staticPaths } from './delivery.js';

export const SECURITY_HEADERS = {
	'Content-Security-Policy': "frame-ancestors 'none'",
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
	'Cross-Origin-Opener-Policy': 'same-origin'
};

export async function serve({ port = 3000, host = '0.0.0.0' } = {}) {
	const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
	const { handler } = await import(pathToFileURL(path.join(root, 'build', 'handler.js')).href);
	const paths = staticPaths(path.join(root, 'build'));
	const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
		if (deliver(req, res, paths)) return;
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
	server.on('clientError', (error, socket) => answerClientError(error, socket, SECURITY_HEADERS));
	await attachLiveClassroom(server, root);
	await new Promise((resolve) => server.listen(port, host, resolve));
	const stop = () => server.close(() => process.exit(0));
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
	return server;
}

/** The live classroom's WebSocket (/live), built into build/live/server.js; docs/live.md. */
async function attachLiveClassroom(server, root) {
	const entry = path.join(root, 'build', 'live', 'server.js');
	const live = await import(pathToFileURL(entry).href);
	live.attachLiveClassroom(server, root);
}
