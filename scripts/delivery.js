/**
 * How the production server delivers the site's files, besides what adapter-node does:
 * - every response may be stored but must be revalidated (`Cache-Control: no-cache`), so a
 *   new version's pages, data JSON, question banks and service worker reach the learner;
 *   the hashed files under /_app/immutable/ keep adapter-node's year-long immutable caching;
 * - a static file or prerendered page answers only GET and HEAD (else 405 with Allow);
 * - an over-long address gets a small page saying the link is too long, not a bare 414/431.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Request line and headers together; Node's default is 16 KiB. */
export const MAX_HEADER_BYTES = 64 * 1024;
/** Far above the longest real address (a share link is under 4,000 characters). */
export const MAX_URL_CHARS = 16 * 1024;

const IMMUTABLE = '/_app/immutable/';

function walk(dir, base = dir) {
	let entries;
	try {
		entries = readdirSync(dir, { withFileTypes: true });
	} catch {
		return [];
	}
	return entries.flatMap((e) => {
		const full = path.join(dir, e.name);
		return e.isDirectory()
			? walk(full, base)
			: ['/' + path.relative(base, full).split(path.sep).join('/')];
	});
}

/** The addresses adapter-node serves from files: the client build and the prerendered pages. */
export function staticPaths(buildDir) {
	const paths = new Set();
	for (const file of walk(path.join(buildDir, 'client'))) paths.add(file);
	for (const file of walk(path.join(buildDir, 'prerendered'))) {
		paths.add(file);
		if (file.endsWith('/index.html')) paths.add(file.slice(0, -'index.html'.length) || '/');
		else if (file.endsWith('.html')) paths.add(file.slice(0, -'.html'.length));
	}
	for (const p of paths) if (/\.(br|gz)$/.test(p)) paths.delete(p);
	return paths;
}

const escape = (s) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page an over-long address gets (the one place the server writes HTML itself). */
export function tooLongPage(limit) {
	return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Liên kết quá dài · CRM Lab</title>
<style>body{font:1.05rem/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem}</style></head>
<body><h1>Liên kết quá dài</h1>
<p>Địa chỉ bạn mở dài hơn ${escape(limit.toLocaleString('vi-VN'))} ký tự, nên trang không mở nó. Có lẽ liên kết đã bị dán lỗi hoặc bị sửa: liên kết chia sẻ một lượt chơi mô phỏng chỉ dài vài trăm ký tự.</p>
<p><a href="/">Về trang chủ CRM Lab</a></p></body></html>`;
}

/**
 * Answers what the server answers itself (true when it did), and sets the caching header
 * of everything else.
 */
export function deliver(req, res, paths) {
	const url = req.url ?? '/';
	if (url.length > MAX_URL_CHARS) {
		res.writeHead(414, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
		res.end(tooLongPage(MAX_URL_CHARS));
		return true;
	}
	let pathname = url.split('?')[0];
	try {
		pathname = decodeURIComponent(pathname);
	} catch {
		// left as it came: it matches no file
	}
	if (req.method !== 'GET' && req.method !== 'HEAD' && paths.has(pathname)) {
		res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
		res.end('Method Not Allowed');
		return true;
	}
	if (!pathname.startsWith(IMMUTABLE)) res.setHeader('Cache-Control', 'no-cache');
	return false;
}

/**
 * Node's answer to a request it cannot parse: for headers over MAX_HEADER_BYTES (an address
 * of megabytes), the too-long page instead of a bare 431; else the usual 400.
 */
export function answerClientError(error, socket, headers = {}) {
	if (!socket.writable) return socket.destroy();
	if (error.code !== 'HPE_HEADER_OVERFLOW') return socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
	const body = Buffer.from(tooLongPage(MAX_HEADER_BYTES));
	const lines = Object.entries({
		...headers,
		'Content-Type': 'text/html; charset=utf-8',
		'Content-Length': body.length,
		'Cache-Control': 'no-store',
		Connection: 'close'
	}).map(([k, v]) => `${k}: ${v}`);
	socket.end(
		Buffer.concat([
			Buffer.from(`HTTP/1.1 431 Request Header Fields Too Large\r\n${lines.join('\r\n')}\r\n\r\n`),
			body
		])
	);
}
