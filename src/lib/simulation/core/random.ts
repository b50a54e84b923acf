/**
 * A small seeded PRNG (sfc32): four 32-bit words of state, fast, and the same numbers
 * in Node and in every browser. The state lives in an Int32Array so a game snapshot can
 * copy it (signed words stay small integers in V8's optimized code, unsigned ones do not).
 */
export type RandomState = Int32Array;

/** Seeds the generator from any safe integer (the same seed always gives the same stream). */
export function seedRandom(seed: number): RandomState {
	const state = new Int32Array([0x9e3779b9, 0x243f6a88, 0xb7e15162, (seed >>> 0) ^ 0x5bd1e995]);
	state[0]! ^= Math.floor(seed / 0x100000000) | 0;
	for (let i = 0; i < 15; i++) nextUint32(state); // mix the seed into every word
	return state;
}

/** Next 32-bit unsigned integer; advances `s`. */
export function nextUint32(s: RandomState): number {
	const a = s[0]!,
		b = s[1]!,
		c = s[2]!,
		d = s[3]!;
	const t = (((a + b) | 0) + d) | 0;
	s[3] = (d + 1) | 0;
	s[0] = b ^ (b >>> 9);
	s[1] = (c + (c << 3)) | 0;
	const r = (c << 21) | (c >>> 11);
	s[2] = (r + t) | 0;
	return t >>> 0;
}

/** Uniform number in [0, 1). */
export function nextFloat(s: RandomState): number {
	return nextUint32(s) / 4294967296;
}

/** Mixes two integers into a uniform number in [0, 1), with no state: a per-customer trait. */
export function hashUnit(a: number, b: number): number {
	let h = Math.imul(a ^ 0x27d4eb2d, 0x165667b1) ^ Math.imul(b + 0x61c88647, 0x85ebca6b);
	h ^= h >>> 15;
	h = Math.imul(h, 0x2c1b3c6d);
	h ^= h >>> 12;
	h = Math.imul(h, 0x297a2d39);
	h ^= h >>> 15;
	return (h >>> 0) / 4294967296;
}

/** A log-normal draw with mean 1 (so `spend` stays the segment's mean). */
export function lognormal(random: RandomState, sigma: number): number {
	// Box–Muller from two uniforms
	const u = 1 - nextFloat(random);
	const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * nextFloat(random));
	return Math.exp(sigma * z - (sigma * sigma) / 2);
}
