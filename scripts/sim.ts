/**
 * npm run sim -- --scenario <id|file.json> --policy <name|decisions.json> --seed <n>
 *                [--quarters <n>] [--json]
 * Runs the simulation from the command line: a table per quarter, or JSON.
 * Bad arguments print what is wrong and exit 2.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
	checkDecisions,
	createGame,
	parseScenario,
	POLICIES,
	POLICY_IDS,
	summarise,
	type Decisions,
	type Policy,
	type Scenario
} from '../src/lib/simulation/core/index';
import { causeText } from '../src/lib/simulation/present/causes';

const USAGE =
	'usage: npm run sim -- --scenario <id|file.json> --policy <name|decisions.json> --seed <n> [--quarters <n>] [--json]';

function fail(message: string): never {
	console.error(`sim: ${message}\n${USAGE}`);
	process.exit(2);
}

function readJson(file: string, what: string): unknown {
	if (!existsSync(file)) fail(`no ${what} file "${file}"`);
	let source: string;
	try {
		source = readFileSync(file, 'utf8');
	} catch (error) {
		fail(`cannot read ${what} file "${file}": ${error instanceof Error ? error.message : error}`);
	}
	try {
		return JSON.parse(source);
	} catch (error) {
		fail(
			`${what} file "${file}" is not valid JSON: ${error instanceof Error ? error.message : error}`
		);
	}
}

function parseArgs(argv: string[]) {
	const options: Record<string, string | true> = {};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--json') options.json = true;
		else if (['--scenario', '--policy', '--seed', '--quarters'].includes(arg)) {
			const value = argv[++i];
			if (value === undefined || value.startsWith('--')) fail(`${arg} needs a value`);
			options[arg.slice(2)] = value;
		} else fail(`unknown argument "${arg}"`);
	}
	return options;
}

function loadScenario(ref: string): Scenario {
	const file = ref.endsWith('.json') ? ref : path.join('content', 'scenarios', `${ref}.json`);
	if (!existsSync(file)) fail(`unknown scenario "${ref}" (no file ${file})`);
	try {
		return parseScenario(readJson(file, 'scenario'));
	} catch (error) {
		fail(`invalid scenario ${file}: ${error instanceof Error ? error.message : error}`);
	}
}

function loadPolicy(ref: string, scenario: Scenario): Policy {
	if (POLICIES[ref]) return POLICIES[ref];
	if (!ref.endsWith('.json'))
		fail(`unknown policy "${ref}"; use one of ${POLICY_IDS.join(', ')} or a decisions .json file`);
	const raw = readJson(ref, 'decisions');
	const list = Array.isArray(raw) ? raw : [raw];
	if (!list.length)
		fail(
			`decisions in ${ref}: the list is empty; give one decisions object, or a list of them (one per quarter, the last repeats)`
		);
	list.forEach((decisions, q) => {
		const problems = checkDecisions(scenario, decisions);
		if (problems.length) {
			const where = Array.isArray(raw) ? `decisions for quarter ${q + 1}` : 'decisions';
			fail(`${where} in ${ref}: ${problems.map((p) => p.message).join('; ')}`);
		}
	});
	// Decisions from a file: the last one repeats.
	return {
		id: path.basename(ref),
		decide: (_s, q) => list[Math.min(q, list.length - 1)] as Decisions
	};
}

const options = parseArgs(process.argv.slice(2));
if (typeof options.scenario !== 'string') fail('--scenario is required');
if (typeof options.policy !== 'string') fail('--policy is required');
if (
	typeof options.seed !== 'string' ||
	!/^\d+$/.test(options.seed) ||
	!Number.isSafeInteger(Number(options.seed))
)
	fail(`--seed must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}`);
const scenario = loadScenario(options.scenario);
const policy = loadPolicy(options.policy, scenario);
const seed = Number(options.seed);
let quarters = scenario.quarters;
if (options.quarters !== undefined) {
	if (
		typeof options.quarters !== 'string' ||
		!/^\d+$/.test(options.quarters) ||
		+options.quarters < 1 ||
		+options.quarters > 200
	) {
		fail('--quarters must be a whole number from 1 to 200');
	}
	quarters = Number(options.quarters);
}
if (options.scenario && !options.quarters && options.json) quarters = Math.max(quarters, 20);

const game = createGame(scenario, seed);
const startingCustomers = game.customerRows;
for (let q = 0; q < quarters; q++) game.step(policy.decide(scenario, q));
const summary = summarise(game, policy);
const round = (x: number | null, digits = 4) => (x === null ? null : Number(x.toFixed(digits)));

if (options.json) {
	const out = {
		scenario: scenario.id,
		policy: policy.id,
		seed,
		startingCustomers,
		quarters: game.history.map((r) => ({
			quarter: r.quarter,
			customers: r.customers,
			acquired: r.acquired,
			lost: r.lost,
			retentionRate: round(r.retentionRate),
			satisfiedShare: round(r.satisfiedShare),
			revenue: round(r.revenue, 0),
			cost: round(r.cost, 0),
			profit: round(r.profit, 0),
			cumulativeProfit: round(r.cumulativeProfit, 0),
			acquisitionCostPerNewCustomer: round(r.acquisitionCostPerNewCustomer, 1),
			retentionCostPerKeptCustomer: round(r.retentionCostPerKeptCustomer, 1),
			startingCohortRemaining: round(r.startingCohortRemaining),
			churnSatisfied: round(r.churnSatisfied),
			churnDissatisfied: round(r.churnDissatisfied),
			causes: r.causes.map((c) => ({ text: causeText(c), ref: c.ref }))
		})),
		summary: {
			profitShareTop20: round(summary.profitShareTop20),
			breakEvenTenureQuarter: summary.breakEvenTenureQuarter,
			reichheldProfitGain: round(summary.reichheldProfitGain),
			customerEquity: round(summary.customerEquity, 0),
			firmValue: round(summary.firmValue, 0)
		}
	};
	console.log(JSON.stringify(out, null, 2));
} else {
	console.log(`${scenario.name} · policy ${policy.id} · seed ${seed} · money in thousand đồng`);
	const cols = [
		'quý',
		'khách',
		'mới',
		'mất',
		'giữ chân',
		'hài lòng',
		'doanh thu',
		'lợi nhuận',
		'lũy kế',
		'CAC',
		'chi/khách giữ'
	];
	console.log(cols.map((c) => c.padStart(11)).join(''));
	for (const r of game.history) {
		const row = [
			r.quarter,
			r.customers,
			r.acquired,
			r.lost,
			`${(r.retentionRate * 100).toFixed(1)}%`,
			`${(r.satisfiedShare * 100).toFixed(1)}%`,
			Math.round(r.revenue),
			Math.round(r.profit),
			Math.round(r.cumulativeProfit),
			r.acquisitionCostPerNewCustomer === null ? '—' : r.acquisitionCostPerNewCustomer.toFixed(0),
			r.retentionCostPerKeptCustomer === null ? '—' : r.retentionCostPerKeptCustomer.toFixed(1)
		];
		console.log(row.map((c) => String(c).padStart(11)).join(''));
	}
	console.log(
		`top 20% of customers earn ${(summary.profitShareTop20 * 100).toFixed(0)}% of profit; ` +
			`a new customer breaks even in tenure quarter ${summary.breakEvenTenureQuarter ?? '—'}; ` +
			`+5 points of annual retention → ${(summary.reichheldProfitGain * 100).toFixed(0)}% more 5-year profit`
	);
}
