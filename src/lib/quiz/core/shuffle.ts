import { nextFloat, seedRandom, type RandomState } from '../../simulation/core/random';
import type { Question } from './bank';

/** A 32-bit FNV-1a hash of a string: turns a question id into part of a seed. */
export function hashString(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** A generator for one purpose within an attempt: same seed and key, same numbers. */
export function randomFor(seed: number, key: string): RandomState {
	return seedRandom(hashString(`${seed}:${key}`));
}

/** A Fisher–Yates shuffle of a copy of `items`. */
export function shuffle<T>(items: readonly T[], random: RandomState): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(nextFloat(random) * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/**
 * How a question is shown in one attempt, as bank indices in screen order: the options
 * (single, multiple), the starting order of the items (ordering: never already right),
 * or the order of the right-hand sides (matching).
 */
export type Presentation = { order: number[] };

export function present(question: Question, seed: number): Presentation {
	const random = randomFor(seed, question.id);
	switch (question.type) {
		case 'single':
		case 'multiple':
			return { order: shuffle(range(question.options.length), random) };
		case 'ordering': {
			const n = question.items.length;
			let order = shuffle(range(n), random);
			// A starting order that is already right teaches nothing: rotate it by one.
			if (order.every((item, i) => item === i)) order = [...order.slice(1), order[0]!];
			return { order };
		}
		case 'matching':
			return { order: shuffle(range(question.pairs.length), random) };
		default:
			return { order: [] };
	}
}
