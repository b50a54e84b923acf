/**
 * Memory of a long game: the engine on coffee scaled to 100,000 customers, balanced, for 200
 * quarters (the longest `npm run sim` plays); another built-in policy can be named. Prints the customer rows, the bytes of their
 * arrays and the process's ArrayBuffer memory every 50 quarters; ends with RESULT lines.
 * Run: npx esbuild scripts/bench/memory.ts --bundle --platform=node --format=esm
 *      --outfile=node_modules/.cache/crm-lab-bench/memory.mjs && node --expose-gc …/memory.mjs
 */
import { readFileSync } from 'node:fs';
import {
	BYTES_PER_CUSTOMER,
	createGame,
	parseScenario,
	POLICIES
} from '../../src/lib/simulation/core/index';

const CUSTOMERS = 100_000;
const QUARTERS = 200;
const base = parseScenario(JSON.parse(readFileSync('content/scenarios/coffee.json', 'utf8')));
const factor = CUSTOMERS / base.startingCustomers;
const scenario = {
	...base,
	startingCustomers: CUSTOMERS,
	prospectPool: Math.round(base.prospectPool * factor),
	budget: base.budget * factor
};
const game = createGame(scenario, 1);
const policy = process.argv[2] ?? 'balanced';
const decisions = POLICIES[policy]!.decide(scenario, 0);
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const started = performance.now();
for (let q = 1; q <= QUARTERS; q++) {
	const report = game.step(decisions);
	if (q % 50 === 0) {
		(globalThis as { gc?: () => void }).gc?.();
		const memory = process.memoryUsage();
		console.log(
			`quarter ${q}: ${report.customers} customers, ${game.customerRows} rows of ${game.customersEver} ever (${mib(game.customerRows * BYTES_PER_CUSTOMER)} MiB; ${mib(game.customersEver * BYTES_PER_CUSTOMER)} MiB uncompacted), array buffers ${mib(memory.arrayBuffers)} MiB, heap ${mib(memory.heapUsed)} MiB`
		);
	}
}
const memory = process.memoryUsage();
console.log(
	`RESULT rows=${game.customerRows} rows_uncompacted=${game.customersEver} array_mib=${mib(memory.arrayBuffers)} heap_mib=${mib(memory.heapUsed)} seconds=${((performance.now() - started) / 1000).toFixed(1)}`
);
