/**
 * npm run bench: the engine on a scenario scaled to 100,000 customers × 40 quarters,
 * against its readable twin (core/customer.ts, one object per customer) on the same work.
 * The script is bundled first (see package.json), as the site bundles the engine for its
 * Web Worker. Ends with RESULT engine_mcqps=… naive_mcqps=… ratio=… bytes_per_customer=…
 * (million customer-quarters a second; naive_mcqps is the readable twin's rate).
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import {
	BYTES_PER_CUSTOMER,
	createGame,
	parseScenario,
	POLICIES
} from '../../src/lib/simulation/core/index';
import { playReference } from '../../src/lib/simulation/core/customer';

const CUSTOMERS = 100_000;
const QUARTERS = 40;
const base = parseScenario(JSON.parse(readFileSync('content/scenarios/coffee.json', 'utf8')));
const factor = CUSTOMERS / base.startingCustomers;
const scenario = {
	...base,
	startingCustomers: CUSTOMERS,
	prospectPool: Math.round(base.prospectPool * factor),
	budget: base.budget * factor
};
// A customer-centric programme with its acquisition money moved to service, so the run
// plays the 100,000 starting customers (and the few friends they refer).
const decide = () => {
	const decisions = POLICIES.balanced!.decide(scenario, 0);
	decisions.spend.serviceQuality += decisions.spend.acquisition;
	decisions.spend.acquisition = 0;
	return decisions;
};

function timeEngine() {
	const game = createGame(scenario, 1);
	const start = performance.now();
	let work = 0;
	for (let q = 0; q < QUARTERS; q++) {
		const report = game.step(decide());
		work += report.customers - report.acquired + report.lost; // alive when the quarter began
	}
	const seconds = (performance.now() - start) / 1000;
	const reports = game.history.map(({ causes: _causes, ...report }) => report);
	return { seconds, work, reports };
}

function timeNaive() {
	const start = performance.now();
	const { reports } = playReference(scenario, 1, decide, QUARTERS);
	const seconds = (performance.now() - start) / 1000;
	const work = reports.reduce((sum, r) => sum + r.customers - r.acquired + r.lost, 0);
	return { seconds, work, reports };
}

// The fastest of 7 runs each after a warm-up, as the machine's other work only ever slows a
// run; the two take turns, so that a busy moment on the machine slows one round of both
// rather than all of one of them.
const ROUNDS = 7;
timeEngine();
timeNaive();
let engine = timeEngine();
let naive = timeNaive();
for (let round = 1; round < ROUNDS; round++) {
	const e = timeEngine();
	if (e.seconds < engine.seconds) engine = e;
	const n = timeNaive();
	if (n.seconds < naive.seconds) naive = n;
}

// Same model, same random draws: both must have written exactly the same quarter reports.
if (!isDeepStrictEqual(engine.reports, naive.reports)) {
	const q = engine.reports.findIndex((r, i) => !isDeepStrictEqual(r, naive.reports[i]));
	console.error(
		`the engine and the reference disagree from quarter ${q + 1}: ${JSON.stringify({ engine: engine.reports[q], reference: naive.reports[q] })}`
	);
	process.exit(1);
}
const engineRate = engine.work / engine.seconds / 1e6;
const naiveRate = naive.work / naive.seconds / 1e6;
const customers = engine.reports.at(-1)!.customers;
console.log(`work: ${engine.work} customer-quarters, ${customers} customers at the end`);
console.log(`engine: ${engine.seconds.toFixed(3)} s   reference: ${naive.seconds.toFixed(3)} s`);
console.log(
	`RESULT engine_mcqps=${engineRate.toFixed(2)} naive_mcqps=${naiveRate.toFixed(2)} ratio=${(engineRate / naiveRate).toFixed(2)} bytes_per_customer=${BYTES_PER_CUSTOMER}`
);
