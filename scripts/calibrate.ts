/**
 * npm run calibrate -- <scenario.json|id> [--seeds 1,2,3] [--json]
 * Measures every calibration fact on a scenario (a lecturer's file or a built-in id) and
 * prints each with its value, band, pass or fail, and the parameter that moves it.
 * Exit 0 when every structural fact holds, 1 when one fails (a level fact out of its band
 * only follows the parameters), 2 when the file or the arguments are wrong.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkFacts, type FactResult } from '../src/lib/simulation/core/facts';
import { ORDINARY_RANGES } from '../src/lib/simulation/core/ordinary';
import { parseScenario, scenarioRatios, type Scenario } from '../src/lib/simulation/core/scenario';

const USAGE = 'usage: npm run calibrate -- <scenario.json|id> [--seeds 1,2,3] [--json]';

function fail(message: string): never {
	console.error(`calibrate: ${message}\n${USAGE}`);
	process.exit(2);
}

function parseArgs(argv: string[]) {
	let file: string | undefined;
	let seeds = [1, 2, 3];
	let json = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--json') json = true;
		else if (arg === '--seeds') {
			const value = argv[++i];
			if (!value || !/^\d{1,9}(,\d{1,9}){0,9}$/.test(value))
				fail('--seeds must be 1 to 10 whole numbers separated by commas, e.g. 1,2,3');
			seeds = value.split(',').map(Number);
		} else if (arg.startsWith('--')) fail(`unknown argument "${arg}"`);
		else if (file) fail(`one scenario at a time (got "${file}" and "${arg}")`);
		else file = arg;
	}
	if (!file) fail('which scenario? give a .json file or a built-in id');
	return { file, seeds, json };
}

function loadScenario(ref: string): Scenario {
	const file = ref.endsWith('.json') ? ref : path.join('content', 'scenarios', `${ref}.json`);
	if (!existsSync(file)) fail(`no scenario file "${file}"`);
	let input: unknown;
	try {
		input = JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		fail(`${file} is not valid JSON: ${error instanceof Error ? error.message : error}`);
	}
	try {
		return parseScenario(input);
	} catch (error) {
		fail(`invalid scenario ${file}: ${error instanceof Error ? error.message : error}`);
	}
}

const show = (x: number) =>
	x === Number.POSITIVE_INFINITY
		? '∞'
		: x === Number.NEGATIVE_INFINITY
			? '−∞'
			: String(Number(x.toPrecision(3)));

function band([min, max]: [number, number]) {
	if (max === Number.POSITIVE_INFINITY) return `≥ ${show(min)}`;
	if (min === Number.NEGATIVE_INFINITY) return `≤ ${show(max)}`;
	return `${show(min)}–${show(max)}`;
}

function table(results: FactResult[]) {
	const rows = results.map((r) => [
		r.pass ? 'pass' : 'FAIL',
		r.kind,
		show(r.value),
		band(r.band),
		r.lever,
		r.label
	]);
	const head = ['result', 'kind', 'value', 'band', 'moved by', 'fact'];
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
	const line = (cells: string[]) =>
		cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
	return [line(head), ...rows.map(line)].join('\n');
}

/** The numbers outside ORDINARY_RANGES, where the structural facts are not promised. */
function outsideOrdinary(scenario: Scenario): string[] {
	const R = ORDINARY_RANGES;
	const ratios = scenarioRatios(scenario);
	const checks: [string, number, readonly [number, number]][] = [
		['segments (count)', scenario.segments.length, R.segments],
		['quarters', scenario.quarters, R.quarters],
		['grossMargin', scenario.grossMargin, R.grossMargin],
		['prospectPool ÷ startingCustomers', ratios.prospectPool, R.prospectPool],
		['budget ÷ starting revenue', ratios.budget, R.budget],
		['fixedCost ÷ starting gross profit', ratios.fixedCost, R.fixedCost],
		['serveCost ÷ mean gross profit', ratios.serveCost, R.serveCost],
		['leverScale ÷ mean spend', ratios.leverScale, R.leverScale],
		...scenario.segments.flatMap((s, k) =>
			(['spend', 'spendSpread', 'priceSensitivity', 'expectation', 'churn'] as const).map(
				(f): [string, number, readonly [number, number]] => [`segments.${k}.${f}`, s[f], R[f]]
			)
		)
	];
	return checks
		.filter(([, x, [lo, hi]]) => x < lo || x > hi)
		.map(([name, x, [lo, hi]]) => `${name} = ${show(x)} (ordinary ${show(lo)}–${show(hi)})`);
}

const { file, seeds, json } = parseArgs(process.argv.slice(2));
const scenario = loadScenario(file);
const results = checkFacts(scenario, { seeds });
const structuralFailed = results.filter((r) => r.kind === 'structural' && !r.pass);
const unusual = outsideOrdinary(scenario);

if (json) {
	console.log(
		JSON.stringify(
			{ scenario: scenario.id, seeds, outsideOrdinary: unusual, facts: results },
			null,
			2
		)
	);
} else {
	console.log(`${scenario.name} (${scenario.id}) · seeds ${seeds.join(', ')}`);
	console.log(table(results));
	const levels = results.filter((r) => r.kind === 'level' && !r.pass).length;
	if (unusual.length)
		console.log(
			`Outside the ordinary ranges (ordinary.ts), where the structural facts are not promised:\n  ${unusual.join('\n  ')}`
		);
	console.log(
		structuralFailed.length
			? `${structuralFailed.length} structural fact(s) fail: the model does not hold for this scenario (${structuralFailed.map((r) => r.id).join(', ')}).`
			: `Every structural fact holds.${levels ? ` ${levels} level fact(s) outside their band: they follow the parameters named.` : ''}`
	);
}
process.exit(structuralFailed.length ? 1 : 0);
