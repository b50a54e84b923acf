/**
 * npm run bench: the engine on a scenario scaled to 100,000 customers × 40 quarters,
 * against the naive one-object-per-customer reference on the same work. Ends with
 * RESULT engine_mcqps=… naive_mcqps=… ratio=… bytes_per_customer=…
 */
import { readFileSync } from 'node:fs';
import { BYTES_PER_CUSTOMER, createGame, parseScenario, POLICIES } from '../../src/lib/sim/index';
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
// The same work for both: a customer-centric programme with no acquisition, so both
// versions play exactly the starting customers.
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
		const before = game.history.at(-1)?.customers ?? CUSTOMERS;
		game.step(decide());
		work += before;
	}
	return { seconds: (performance.now() - start) / 1000, work, rows: game.customerRows };
}

function timeNaive() {
	const start = performance.now();
	const { customerQuarters } = naiveRun(scenario, 1, decide, QUARTERS);
	return { seconds: (performance.now() - start) / 1000, work: customerQuarters };
}

timeEngine(); // warm up the JIT
const runs = [timeEngine(), timeEngine(), timeEngine()].sort((a, b) => a.seconds - b.seconds);
const engine = runs[1]!;
timeNaive();
const naiveRuns = [timeNaive(), timeNaive(), timeNaive()].sort((a, b) => a.seconds - b.seconds);
const naive = naiveRuns[1]!;
const engineRate = engine.work / engine.seconds / 1e6;
const naiveRate = naive.work / naive.seconds / 1e6;
console.log(
	`engine: ${engine.work} customer-quarters in ${engine.seconds.toFixed(3)} s (${engine.rows} customer rows)`
);
console.log(`naive:  ${naive.work} customer-quarters in ${naive.seconds.toFixed(3)} s`);
console.log(
	`RESULT engine_mcqps=${engineRate.toFixed(2)} naive_mcqps=${naiveRate.toFixed(2)} ratio=${(engineRate / naiveRate).toFixed(2)} bytes_per_customer=${BYTES_PER_CUSTOMER}`
);
