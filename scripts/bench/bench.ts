/**
 * npm run bench: the engine on a scenario scaled to 100,000 customers × 40 quarters,
 * against the naive one-object-per-customer reference on the same work. The script is
 * bundled first (see package.json), as the site bundles the engine for its Web Worker.
 * Ends with RESULT engine_mcqps=… naive_mcqps=… ratio=… bytes_per_customer=…
 */
import { readFileSync } from 'node:fs';
import {
	BYTES_PER_CUSTOMER,
	createGame,
	parseScenario,
	POLICIES
} from '../../src/lib/simulation/core/index';
import { naiveRun } from './naive';

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
	const last = game.history.at(-1)!;
	return { seconds, work, customers: last.customers, profit: last.cumulativeProfit };
}

function timeNaive() {
	const start = performance.now();
	const run = naiveRun(scenario, 1, decide, QUARTERS);
	const seconds = (performance.now() - start) / 1000;
	return {
		seconds,
		work: run.customerQuarters,
		customers: run.customers,
		profit: run.cumulativeProfit
	};
}

// The fastest of five runs after a warm-up: the machine's other work only ever slows a run.
// Best of 7 for each, the two taking turns, so that a busy moment on the machine slows
// one round of both rather than all of one of them.
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

// Same model, same random draws: both must have played exactly the same customers.
const sameProfit = Math.abs(engine.profit - naive.profit) <= 1e-6 * Math.abs(engine.profit);
if (engine.work !== naive.work || engine.customers !== naive.customers || !sameProfit) {
	console.error(
		`the engine and the naive reference disagree: ${JSON.stringify({ engine, naive })}`
	);
	process.exit(1);
}
const engineRate = engine.work / engine.seconds / 1e6;
const naiveRate = naive.work / naive.seconds / 1e6;
console.log(`work: ${engine.work} customer-quarters, ${engine.customers} customers at the end`);
console.log(`engine: ${engine.seconds.toFixed(3)} s   naive: ${naive.seconds.toFixed(3)} s`);
console.log(
	`RESULT engine_mcqps=${engineRate.toFixed(2)} naive_mcqps=${naiveRate.toFixed(2)} ratio=${(engineRate / naiveRate).toFixed(2)} bytes_per_customer=${BYTES_PER_CUSTOMER}`
);
