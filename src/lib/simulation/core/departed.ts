/**
 * What is kept of the customers who left once their rows are compacted away (engine.ts):
 * their cumulative profit, for the profit concentration. Bounded: past CAPACITY values, the
 * list is sorted and neighbours are merged into one value of their summed weight (their
 * mean), so the total profit stays exact and only the split inside a merged pair is lost.
 */
import { ALIVE, type CustomerArrays } from './customer-arrays';

const CAPACITY = 1 << 18;

export class Departed {
	values: Float64Array;
	weights: Float64Array;
	length: number;

	constructor(from?: Departed) {
		this.length = from?.length ?? 0;
		this.values = from ? from.values.slice(0, this.length) : new Float64Array(0);
		this.weights = from ? from.weights.slice(0, this.length) : new Float64Array(0);
	}

	push(value: number, weight = 1): void {
		if (this.length === CAPACITY) this.halve();
		if (this.length === this.values.length) {
			const room = Math.min(CAPACITY, this.length * 2 + 1024);
			const values = new Float64Array(room);
			const weights = new Float64Array(room);
			values.set(this.values);
			weights.set(this.weights);
			[this.values, this.weights] = [values, weights];
		}
		this.values[this.length] = value;
		this.weights[this.length++] = weight;
	}

	/** Sorts the values and merges each pair of neighbours into their weighted mean. */
	private halve(): void {
		const order = Array.from({ length: this.length }, (_, i) => i).sort(
			(i, j) => this.values[i]! - this.values[j]!
		);
		const values = Float64Array.from(order, (i) => this.values[i]!);
		const weights = Float64Array.from(order, (i) => this.weights[i]!);
		let n = 0;
		for (let i = 0; i < values.length; i += 2) {
			const w = weights[i]! + (weights[i + 1] ?? 0);
			const sum = values[i]! * weights[i]! + (values[i + 1] ?? 0) * (weights[i + 1] ?? 0);
			this.values[n] = sum / w;
			this.weights[n++] = w;
		}
		this.length = n;
	}
}

/**
 * Moves the rows of the customers still alive to the front, in order, and keeps the
 * departed ones' cumulative profit in `departed`. `rows` maps tracked customers to their row
 * and is updated (−1 once gone). Returns the new number of rows.
 */
export function compactRows(
	a: CustomerArrays,
	count: number,
	departed: Departed,
	rows: Map<number, number>
): number {
	const tracked = new Map([...rows].filter(([, row]) => row >= 0).map(([id, row]) => [row, id]));
	const keys = Object.keys(a) as (keyof CustomerArrays)[];
	let next = 0;
	for (let row = 0; row < count; row++) {
		const id = tracked.get(row);
		if (!(a.flags[row]! & ALIVE)) {
			departed.push(a.cumProfit[row]!);
			if (id !== undefined) rows.set(id, -1);
			continue;
		}
		if (next !== row) for (const key of keys) a[key][next] = a[key][row]!;
		if (id !== undefined) rows.set(id, next);
		next++;
	}
	return next;
}

/**
 * Share of all customers' cumulative profit earned by the top `x` of customers (the alive
 * rows count once each, the departed by their weight), at `points` + 1 evenly spaced x.
 */
export function concentration(
	alive: Float32Array,
	departed: Departed,
	points: number
): { top20: number; curve: { x: number; y: number }[] } {
	const n = alive.length + departed.length;
	const values = new Float64Array(n);
	const weights = new Float64Array(n).fill(1);
	values.set(alive);
	values.set(departed.values.subarray(0, departed.length), alive.length);
	weights.set(departed.weights.subarray(0, departed.length), alive.length);
	const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => values[j]! - values[i]!);
	let total = 0;
	let people = 0;
	for (const i of order) {
		total += values[i]! * weights[i]!;
		people += weights[i]!;
	}
	/** Profit of the top `k` customers, `k` ≥ 1, a merged value counting for its weight. */
	const top = (k: number) => {
		let sum = 0;
		let left = k;
		for (const i of order) {
			const w = Math.min(left, weights[i]!);
			sum += values[i]! * w;
			left -= w;
			if (left <= 0) break;
		}
		return sum;
	};
	const at = (x: number) =>
		total === 0 || !n ? 0 : top(Math.max(1, Math.ceil(x * people))) / total;
	const curve = Array.from({ length: points + 1 }, (_, i) => ({
		x: i / points,
		y: i === 0 ? 0 : at(i / points)
	}));
	return { top20: at(0.2), curve };
}
