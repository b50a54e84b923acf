import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseScenario } from '$lib/simulation/core';
import { defaultDecisions, readSavedGame, type SavedGame } from './saved-game';

const coffee = parseScenario(
	JSON.parse(
		readFileSync(
			path.resolve(import.meta.dirname, '../../../../content/scenarios/coffee.json'),
			'utf8'
		)
	)
);
const draft = defaultDecisions(coffee);
const saved = (change: (s: SavedGame) => void = () => {}) => {
	const game: SavedGame = {
		version: 1,
		runs: [
			{
				id: 'a',
				name: 'Lượt chơi 1',
				record: { scenario: 'coffee', seed: 4, decisions: [structuredClone(draft)] }
			}
		],
		active: 'a',
		mode: 'free',
		draft
	};
	change(game);
	return JSON.stringify(game);
};

describe('readSavedGame', () => {
	it('starts fresh when nothing is saved', () => {
		expect(readSavedGame(null, coffee, draft)).toBeNull();
	});

	it('gives back what was saved', () => {
		const back = readSavedGame(saved(), coffee, draft);
		expect(back).toMatchObject({ active: 'a', mode: 'free' });
		expect(back !== 'unreadable' && back?.runs[0]!.record.seed).toBe(4);
	});

	it.each([
		['not JSON', '{'],
		['another version', saved((s) => ((s as { version: number }).version = 2))],
		['no runs', saved((s) => (s.runs = []))],
		['another scenario', saved((s) => (s.runs[0]!.record.scenario = 'bank'))],
		['an over-budget quarter', saved((s) => (s.runs[0]!.record.decisions[0]!.spend.brand = 1e12))]
	])('refuses %s', (_, text) => {
		expect(readSavedGame(text, coffee, draft)).toBe('unreadable');
	});

	it('keeps the runs but replaces an invalid draft, and picks a run that exists', () => {
		const back = readSavedGame(
			saved((s) => {
				s.draft = { ...draft, price: 99 };
				s.active = 'gone';
				s.mode = 'odd' as 'free';
			}),
			coffee,
			draft
		);
		expect(back).toMatchObject({ active: 'a', mode: 'guided', draft });
	});
});
