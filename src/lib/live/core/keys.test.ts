import { describe, expect, it } from 'vitest';
import { gameKeyAction, hostKeyAction } from './keys';
import type { Phase } from './room';

describe('hostKeyAction', () => {
	it.each<[string, Phase, string | null]>([
		['ArrowRight', 'lobby', 'start'],
		[' ', 'open', 'reveal'],
		['Enter', 'closed', 'reveal'],
		['PageDown', 'revealed', 'next'],
		['ArrowRight', 'ended', null],
		['p', 'open', 'pause'],
		['P', 'paused', 'resume'],
		['p', 'lobby', null],
		['s', 'open', 'next'],
		['s', 'revealed', null],
		['f', 'lobby', 'fullscreen'],
		['x', 'open', null]
	])('%j in %s → %s', (key, phase, action) => {
		expect(hostKeyAction(key, phase)).toBe(action);
	});
});

describe('gameKeyAction', () => {
	it.each<[string, Phase, string | null]>([
		['ArrowRight', 'lobby', 'start'],
		[' ', 'open', 'close'],
		['Enter', 'paused', 'close'],
		['PageDown', 'revealed', 'next'],
		['ArrowRight', 'ended', null],
		['p', 'open', 'pause'],
		['P', 'paused', 'resume'],
		['s', 'open', null],
		['f', 'revealed', 'fullscreen']
	])('%j in %s → %s', (key, phase, action) => {
		expect(gameKeyAction(key, phase)).toBe(action);
	});
});
