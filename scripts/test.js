/**
 * npm test: runs the checks in order (lint, types, unit tests, content, build, size, browser
 * tests), stops at the first that fails with its exit code, and ends with the time each one
 * took and the number of tests passed and failed.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reports = path.join(root, 'node_modules', '.cache', 'crm-lab-test');
const vitestReport = path.join(reports, 'vitest.json');
const playwrightReport = path.join(reports, 'playwright.json');

/**
 * Each phase: its name and the npm script it runs, with extra arguments. Phases with the same
 * `together` key run at the same time (lint and the type check are single-threaded: on two
 * cores they take the time of the slower one); their output is printed when each ends.
 */
const phases = [
	{ name: 'lint', script: 'lint', together: 'static' },
	{ name: 'check', script: 'check', together: 'static' },
	{
		name: 'unit',
		script: 'test:unit',
		args: ['--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]
	},
	{ name: 'content', script: 'content:check' },
	{ name: 'build', script: 'build' },
	{ name: 'size', script: 'size' },
	{
		name: 'e2e',
		script: 'test:e2e',
		args: ['--reporter=list,json'],
		// The build phase has just built the site: the web server must serve that build and
		// not rebuild because a file changed meanwhile.
		env: { PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightReport, CRM_LAB_BUILD_IS_FRESH: '1' }
	}
];

/**
 * Runs one npm script; resolves to its exit code. Alone it has the terminal; beside another
 * phase its output is collected and printed in one piece when it ends.
 */
function run({ name, script, args = [], env = {} }, alone) {
	return new Promise((resolve) => {
		const child = spawn(
			'npm',
			['run', '--silent', script, ...(args.length ? ['--', ...args] : [])],
			{
				cwd: root,
				stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
				env: { ...process.env, ...env }
			}
		);
		let output = '';
		if (!alone) {
			child.stdout.on('data', (chunk) => (output += chunk));
			child.stderr.on('data', (chunk) => (output += chunk));
		}
		const done = (code) => {
			if (!alone) process.stdout.write(`\n▶ ${name}: npm run ${script}\n${output}`);
			resolve(code);
		};
		child.on('error', (error) => {
			output += `${error.message}\n`;
			done(1);
		});
		child.on('exit', (code, signal) => done(code ?? (signal ? 128 : 1)));
	});
}

/** Reads a JSON report, or undefined when the phase did not get to write it. */
function readReport(file) {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
}

/** Passed and failed counts from the vitest and Playwright JSON reports that exist. */
function testCounts() {
	let passed = 0;
	let failed = 0;
	const vitest = readReport(vitestReport);
	if (vitest) {
		passed += vitest.numPassedTests ?? 0;
		failed += vitest.numFailedTests ?? 0;
	}
	const playwright = readReport(playwrightReport)?.stats;
	if (playwright) {
		passed += (playwright.expected ?? 0) + (playwright.flaky ?? 0);
		failed += playwright.unexpected ?? 0;
	}
	return { passed, failed, any: Boolean(vitest || playwright) };
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const started = performance.now();
const times = [];
let exitCode = 0;
for (let i = 0; i < phases.length && exitCode === 0;) {
	const group = phases.filter(
		(p, j) => j >= i && (j === i || (p.together && p.together === phases[i].together))
	);
	i += group.length;
	if (group.length === 1) console.log(`\n▶ ${group[0].name}: npm run ${group[0].script}`);
	const codes = await Promise.all(
		group.map(async (phase) => {
			const begun = performance.now();
			const code = await run(phase, group.length === 1);
			times.push({ name: phase.name, ms: performance.now() - begun, ok: code === 0 });
			return code;
		})
	);
	exitCode = codes.find((code) => code !== 0) ?? 0;
}

const width = Math.max(...phases.map((p) => p.name.length));
console.log('\nphase' + ' '.repeat(width - 4) + 'time');
for (const { name, ms, ok } of times) {
	console.log(`${name.padEnd(width)}  ${seconds(ms).padStart(7)}${ok ? '' : '  FAILED'}`);
}
const skipped = phases.slice(times.length).map((p) => p.name);
if (skipped.length) console.log(`not run: ${skipped.join(', ')}`);
console.log(`${'total'.padEnd(width)}  ${seconds(performance.now() - started).padStart(7)}`);
const counts = testCounts();
if (counts.any) console.log(`${counts.passed} passed, ${counts.failed} failed`);
process.exit(exitCode);
