/**
 * npm start: builds the site when the build is missing or older than its sources, then
 * serves it on http://localhost:3000 (PORT and HOST change that).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const builtMarker = path.join(root, 'build', 'index.js');
const sources = [
	'src',
	'content',
	'static',
	'svelte.config.js',
	'vite.config.ts',
	'package-lock.json'
];

/** Newest modification time under `target` (a file or a folder). */
function newest(target) {
	if (!existsSync(target)) return 0;
	const stat = statSync(target);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let latest = stat.mtimeMs;
	for (const entry of readdirSync(target)) {
		latest = Math.max(latest, newest(path.join(target, entry)));
	}
	return latest;
}

const builtAt = existsSync(builtMarker) ? statSync(builtMarker).mtimeMs : 0;
// npm test builds just before the browser tests: they must run on that build, even if a
// file is saved meanwhile.
const buildIsFresh = builtAt > 0 && process.env.CRM_LAB_BUILD_IS_FRESH === '1';
const changedAt = buildIsFresh ? 0 : Math.max(...sources.map((s) => newest(path.join(root, s))));
if (builtAt < changedAt) {
	console.log(
		builtAt ? 'Sources changed since the last build: rebuilding…' : 'No build yet: building…'
	);
	const vite = path.join(root, 'node_modules', '.bin', 'vite');
	const result = spawnSync(vite, ['build'], { cwd: root, stdio: 'inherit' });
	if (result.status !== 0) {
		console.error('The build failed; see the messages above.');
		process.exit(result.status ?? 1);
	}
}

process.env.PORT ||= '3000';
const shownHost =
	!process.env.HOST || process.env.HOST === '0.0.0.0' ? 'localhost' : process.env.HOST;
console.log(`CRM Lab: http://${shownHost}:${process.env.PORT}`);
const { serve } = await import(pathToFileURL(path.join(root, 'scripts', 'serve.js')).href);
await serve({ port: Number(process.env.PORT), host: process.env.HOST || '0.0.0.0' });
