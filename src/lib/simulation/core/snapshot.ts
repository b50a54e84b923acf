import type { CustomerArrays } from './customer-arrays';
import type { Departed } from './departed';
import type { QuarterReport } from './report';
import type { Scenario } from './scenario';
import type { StoryEntry } from './stories';

/** Everything needed to continue a game exactly where it was. */
export type GameSnapshot = {
	scenario: Scenario;
	seed: number;
	churnScale: number;
	count: number;
	quarter: number;
	random: Int32Array;
	prospects: number[];
	cumulativeProfit: number;
	arrays: CustomerArrays;
	history: QuarterReport[];
	/** Customers ever added, and how many of them were the starting customers. */
	added: number;
	starters: number;
	departed: Departed;
	/** Tracked customers (by number in order of joining): their story and their row (−1: gone). */
	stories: [number, StoryEntry[]][];
	storyRows: [number, number][];
	tenureProfit: { sum: number[]; count: number[] };
};
