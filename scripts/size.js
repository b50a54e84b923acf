/**
 * npm run size: the JavaScript each page of the production build loads, gzip-compressed.
 *
 * For every prerendered page it follows the page's module preloads and entry imports
 * through Vite's manifest (static imports, transitively), adds the modules the page always
 * loads lazily (a deck's chapter and reveal.js) and the simulator's Web Worker, and prints
 *   SIZE <route> <KB> (+ <KB> later: …)
 * with what comes later, outside the budget (a chapter's widgets, the simulator's dashboard).
 * It exits 1 when a page is over its budget (../shared/design.md) or when a module it is told
 * to count matches nothing in the build (a moved file must not hide its weight), 2 without a
 * build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** KB of gzip JavaScript allowed per route; the first matching pattern wins. */
export const BUDGETS = [
	// first load: the brief, the decisions and the engine's worker; the dashboard comes later
	{ pattern: /^\/mo-phong(\/|$)/, kb: 140, label: 'simulator' },
	// the pages students open most, on phones (issue: fast on a cheap phone)
	{ pattern: /^\/chuong\/[a-z0-9-]+$/, kb: 60, label: 'chapter page' },
	// phones on a crowded classroom Wi-Fi (docs/live.md)
	{ pattern: /^\/vao$/, kb: 60, label: 'live student page' },
	// a lecturer's laptop on a projector, reveal.js included (docs/authoring.md, slides)
	{ pattern: /^\/trinh-chieu\//, kb: 125, label: 'slide deck' },
	{ pattern: /.*/, kb: 80, label: 'content page' }
];

/** Pages that start a Web Worker: its script counts toward the page (it is loaded to play). */
const WORKER_PAGES = /^\/mo-phong\/[a-z0-9-]+$/;

/**
 * Modules a page always imports lazily: route → sources of those modules, counted with what
 * they import lazily in turn. A slide deck's chapter (matched by slug) and its widgets, and
 * reveal.js.
 */
const LAZY_CONTENT = [
	{
		pattern: /^\/trinh-chieu\/([a-z0-9-]+)$/,
		src: /^content\/chapters\/\d\d-(.+)\.md$/
	},
	{
		pattern: /^\/trinh-chieu\/[a-z0-9-]+$/,
		src: /(?:^|\/)node_modules\/reveal\.js\/dist\/reveal\.mjs$/
	}
];

/**
 * What a page loads later, outside its first load and its budget, reported beside it: the
 * simulator's dashboard below the decisions, each part when it comes near the screen or when
 * a quarter is played, and chart.js with the first chart. Each source must be a module of the
 * build and must not be in the first load.
 */
const LATER = [
	{
		pattern: /^\/mo-phong\/[a-z0-9-]+$/,
		what: 'the dashboard, as the learner comes near each part or plays',
		sources: [
			'src/lib/ui/charts/register.ts',
			...[
				'KpiCards',
				'SimChart',
				'SimCharts',
				'HistoryTable',
				'CustomerStory',
				'RunsPanel',
				'Debrief',
				'GlassBox',
				'ClassVote'
			].map((name) => `src/lib/simulation/components/${name}.svelte`)
		]
	}
];

/**
 * Pages rendered on request (the live classroom's): the build has no HTML of theirs to
 * read, so their scripts are Kit's client entry, the root layout and the route's own node
 * (its number in Kit's generated route dictionary), each with its static imports.
 */
const SERVER_RENDERED = ['/lop', '/vao', '/lop/giai-dau', '/vao/doi'];

function serverRenderedEntries(route) {
	const generated = path.join(root, '.svelte-kit', 'generated', 'client-optimized');
	const app = readFileSync(path.join(generated, 'app.js'), 'utf8');
	const node = new RegExp(`"${route}": \\[~?(\\d+)`).exec(app)?.[1];
	if (node === undefined) throw new Error(`size: ${route} is not a route of this build`);
	const kit = '.svelte-kit/generated/client-optimized';
	return Object.entries(JSON.parse(readFileSync(manifestPath, 'utf8')))
		.filter(
			([key, chunk]) =>
				[`${kit}/app.js`, `${kit}/nodes/0.js`, `${kit}/nodes/${node}.js`].includes(key) ||
				(chunk.isEntry && key.endsWith('kit/src/runtime/client/entry.js'))
		)
		.map(([, chunk]) => chunk.file);
}

const root = process.cwd();
const prerendered = path.join(root, 'build', 'prerendered');
const clientDir = path.join(root, '.svelte-kit', 'output', 'client');
const manifestPath = path.join(clientDir, '.vite', 'manifest.json');

function htmlFiles(dir) {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => path.join(e.parentPath, e.name));
}

function routeOf(file) {
	const rel = path.relative(prerendered, file).split(path.sep).join('/');
	const route = '/' + rel.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '');
	return route === '/' ? route : route.replace(/\/$/, '');
}

/** JS files (relative to the client dir) that a page's HTML preloads or imports. */
function scriptsOfPage(html) {
	const refs = [
		...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g),
		...html.matchAll(/import\("([^"]+\.js)"\)/g)
	].map((m) => (m[1] ?? /href="([^"]+)"/.exec(m[0])?.[1]) || '');
	return refs.filter(Boolean).map((ref) => ref.replace(/^(\.\.?\/)+/, '').replace(/^\//, ''));
}

/**
 * A chapter page keeps the server's prose and loads no chapter module: what it loads later are
 * its widgets, one by one as the reader comes near each, like the simulator's charts. Their
 * sources, from the chapter file's `<Widget id="…" />` lines and the registry's loaders.
 */
const CHAPTER_PAGE = /^\/chuong\/([a-z0-9-]+)$/;

function chapterWidgetSources(slug) {
	const dir = path.join(root, 'content', 'chapters');
	const file = readdirSync(dir).find((f) => f.replace(/^\d\d-(.+)\.md$/, '$1') === slug);
	if (!file) return [];
	const ids = [
		...readFileSync(path.join(dir, file), 'utf8').matchAll(/^<Widget id="([^"]+)" \/>$/gm)
	];
	const registry = readFileSync(path.join(root, 'src', 'lib', 'widgets', 'registry.ts'), 'utf8');
	return ids.map(([, id]) => {
		const entry = new RegExp(`'?${id}'?: \\{[^}]*?import\\('\\./([^']+)'\\)`).exec(registry);
		if (!entry) throw new Error(`size: no loader for widget "${id}" in the registry`);
		return `src/lib/widgets/${entry[1]}`;
	});
}

/**
 * The chunk that holds `source`: its own entry, or, for a module that other pages import
 * statically too, the shared chunk the bundler named after it (such a chunk has no `src`).
 */
function chunkOf(manifest, source) {
	const name = path.basename(source).replace(/\.[^.]+$/, '');
	return (
		manifest[source] ??
		Object.values(manifest).find((c) => !c.src && c.name === name && c.file.endsWith('.js'))
	);
}

function workerFiles() {
	const dir = path.join(clientDir, '_app', 'immutable', 'workers');
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => f.endsWith('.js'))
		.map((f) => `_app/immutable/workers/${f}`);
}

function main() {
	if (!existsSync(prerendered) || !existsSync(manifestPath)) {
		console.error('size: no production build found. Run `npm run build` first.');
		process.exit(2);
	}
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
	const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));

	const gzipCache = new Map();
	const gzipBytes = (file) => {
		if (!gzipCache.has(file)) {
			gzipCache.set(file, gzipSync(readFileSync(path.join(clientDir, file)), { level: 9 }).length);
		}
		return gzipCache.get(file);
	};

	/** Adds `file` and its static imports to `into`. */
	const addClosure = (file, into) => {
		if (into.has(file)) return;
		into.add(file);
		const chunk = byFile.get(file);
		for (const key of chunk?.imports ?? []) {
			const dep = manifest[key];
			if (dep) addClosure(dep.file, into);
		}
	};

	let failed = 0;
	const rows = [
		...htmlFiles(prerendered).map((file) => ({ file, route: routeOf(file) })),
		...SERVER_RENDERED.map((route) => ({ file: null, route }))
	].sort((a, b) => a.route.localeCompare(b.route));
	for (const { file, route } of rows) {
		const files = new Set();
		const scripts = file ? scriptsOfPage(readFileSync(file, 'utf8')) : serverRenderedEntries(route);
		for (const script of scripts) addClosure(script, files);
		for (const lazy of LAZY_CONTENT) {
			const match = lazy.pattern.exec(route);
			if (!match) continue;
			const slug = match[1];
			const chunks = Object.values(manifest).filter((c) => {
				const source = lazy.src.exec(c.src ?? '');
				return source && source[1] === slug;
			});
			// A pattern that matches nothing counts nothing: a moved file must not hide its weight.
			if (!chunks.length) {
				failed++;
				console.error(`  ✗ ${route}: no chunk of the build matches the lazy module ${lazy.src}`);
			}
			for (const chunk of chunks) {
				addClosure(chunk.file, files);
				// and what it loads later itself, such as a chapter's widgets
				for (const key of chunk.dynamicImports ?? []) addClosure(manifest[key].file, files);
			}
		}
		if (WORKER_PAGES.test(route)) for (const worker of workerFiles()) files.add(worker);
		const kb = [...files].reduce((sum, f) => sum + gzipBytes(f), 0) / 1024;
		const budget = BUDGETS.find((b) => b.pattern.test(route));
		const chapterPage = CHAPTER_PAGE.exec(route);
		let later = '';
		if (chapterPage) {
			// Reported beside the page, outside its budget: each arrives on its own, when near.
			const widgets = new Set();
			for (const source of chapterWidgetSources(chapterPage[1])) {
				if (!manifest[source]) throw new Error(`size: ${source} is not in the build`);
				addClosure(manifest[source].file, widgets);
			}
			const widgetKb =
				[...widgets].filter((f) => !files.has(f)).reduce((sum, f) => sum + gzipBytes(f), 0) / 1024;
			later = ` (+ ${widgetKb.toFixed(1)} widgets, as the reader comes near each)`;
		}
		for (const { what, sources } of LATER.filter((l) => l.pattern.test(route))) {
			const parts = new Set();
			for (const source of sources) {
				const chunk = chunkOf(manifest, source);
				if (!chunk) {
					failed++;
					console.error(`  ✗ ${route}: ${source}, loaded later, is not a module of the build`);
				} else if (files.has(chunk.file)) {
					failed++;
					console.error(`  ✗ ${route}: ${source} is in the first load, not later`);
				} else addClosure(chunk.file, parts);
			}
			const partsKb =
				[...parts].filter((f) => !files.has(f)).reduce((sum, f) => sum + gzipBytes(f), 0) / 1024;
			later = ` (+ ${partsKb.toFixed(1)} later: ${what})`;
		}
		console.log(`SIZE ${route} ${kb.toFixed(1)}${later}`);
		if (budget && kb > budget.kb) {
			failed++;
			console.error(
				`  ✗ ${route}: ${kb.toFixed(1)} KB is over the ${budget.label} budget of ${budget.kb} KB`
			);
		}
	}
	if (failed) process.exit(1);
	console.log(`size: ${rows.length} routes, all within budget`);
}

main();
