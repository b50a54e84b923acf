/**
 * The customers as rows of typed arrays, one array per attribute, in order of joining, so the
 * quarter's loop (loop.ts) reads memory in order. Rows of customers who left stay until the
 * engine compacts them away (departed.ts).
 */
export type CustomerArrays = {
	segment: Uint8Array;
	stage: Uint8Array;
	flags: Uint8Array; // bit 0 alive, bit 1 satisfied, bit 2 starting customer
	tenure: Uint16Array;
	expectation: Float32Array;
	perceived: Float32Array;
	trust: Float32Array;
	spendLevel: Float32Array;
	cumProfit: Float32Array;
	/** The customer's fixed taste, a uniform number in [0, 1) (kept exact: a Float64). */
	taste: Float64Array;
};

export const ALIVE = 1;
export const SATISFIED = 2;
export const STARTER = 4;

/** Most segments a game can have (a customer's segment is stored in 8 bits). */
export const MAX_SEGMENTS = 255;

/** Longest game, in quarters (tenure is stored in 16 bits). */
export const MAX_TENURE = 4096;

/** Bytes of customer state per customer row. */
export const BYTES_PER_CUSTOMER = 1 + 1 + 1 + 2 + 4 * 5 + 8;

export function allocate(capacity: number): CustomerArrays {
	return {
		segment: new Uint8Array(capacity),
		stage: new Uint8Array(capacity),
		flags: new Uint8Array(capacity),
		tenure: new Uint16Array(capacity),
		expectation: new Float32Array(capacity),
		perceived: new Float32Array(capacity),
		trust: new Float32Array(capacity),
		spendLevel: new Float32Array(capacity),
		cumProfit: new Float32Array(capacity),
		taste: new Float64Array(capacity)
	};
}

/** The first `count` rows of `a`, in new arrays with room for `capacity` rows. */
export function copyArrays(a: CustomerArrays, count: number, capacity = count): CustomerArrays {
	const b = allocate(Math.max(capacity, 1));
	for (const key of Object.keys(a) as (keyof CustomerArrays)[]) {
		(b[key] as Float32Array).set((a[key] as Float32Array).subarray(0, count));
	}
	return b;
}

export function countAlive(flags: Uint8Array, count: number): number {
	let alive = 0;
	for (let i = 0; i < count; i++) alive += flags[i]! & ALIVE;
	return alive;
}
