import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseScenario } from '$lib/simulation/core';
import {
	defaultDecisions,
	mergeStored,
	readSavedGame,
	runKey,
	type Run,
	type SavedGame
} from './saved-game';

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
		expect(readSavedGame(null, coffee, draft)).toEqual({ status: 'none' });
	});

	it('gives back what was saved', () => {
		const back = readSavedGame(saved(), coffee, draft);
		expect(back.status === 'ok' && back.game).toMatchObject({ active: 'a', mode: 'free' });
		expect(back.status === 'ok' && back.game.runs[0]!.record.seed).toBe(4);
	});

	it.each([
		['not JSON', '{', 'JSON'],
		['an unknown version', saved((s) => ((s as { version: unknown }).version = 'x')), 'phiên bản'],
		['no runs', saved((s) => (s.runs = [])), 'không có lượt'],
		['another scenario', saved((s) => (s.runs[0]!.record.scenario = 'bank')), 'không thuộc'],
		['a broken seed', saved((s) => (s.runs[0]!.record.seed = -1.5)), 'seed'],
		['a string seed', saved((s) => ((s.runs[0]!.record as { seed: unknown }).seed = '4')), 'seed'],
		[
			'too many quarters',
			saved((s) => (s.runs[0]!.record.decisions = Array(17).fill(draft))),
			'16'
		],
		[
			'an over-budget quarter',
			saved((s) => (s.runs[0]!.record.decisions[0]!.spend.brand = 1e12)),
			'quý 1'
		],
		[
			'a segment listed twice',
			saved((s) => (s.runs[0]!.record.decisions[0]!.targets = ['sinh-vien', 'sinh-vien'])),
			'twice'
		]
	])('sets aside %s, naming the problem', (_, text, problem) => {
		const back = readSavedGame(text, coffee, draft);
		expect(back.status).toBe('corrupt');
		expect(back.status === 'corrupt' && back.problem).toContain(problem);
	});

	it('leaves a newer version alone', () => {
		const text = saved((s) => ((s as { version: number }).version = 2));
		expect(readSavedGame(text, coffee, draft)).toEqual({ status: 'newer', version: 2 });
	});

	it('drops only the run with a bad quarter', () => {
		const back = readSavedGame(
			saved((s) => {
				const bad = structuredClone(s.runs[0]!);
				bad.id = 'b';
				bad.name = 'Hỏng';
				bad.record.decisions.push({ ...draft, price: 9 });
				s.runs.push(bad);
				s.active = 'b';
			}),
			coffee,
			draft
		);
		expect(back.status === 'ok' && back.game.runs.map((r) => r.id)).toEqual(['a']);
		expect(back.status === 'ok' && back.game.active).toBe('a');
		expect(back.status === 'ok' && back.dropped).toEqual([
			expect.stringContaining('lượt “Hỏng”, quý 2')
		]);
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
		expect(back.status === 'ok' && back.game).toMatchObject({ active: 'a', mode: 'guided', draft });
	});
});

describe('mergeStored', () => {
	const quarter = (price: number) => ({ ...structuredClone(draft), price });
	const run = (id: string, ...prices: number[]): Run => ({
		id,
		name: id,
		record: { scenario: 'coffee', seed: 4, decisions: prices.map(quarter) }
	});
	const fork = (r: Run): Run => ({ ...structuredClone(r), id: `${r.id}+`, name: `${r.name}+` });
	const seenOf = (...runs: Run[]) => new Map(runs.map((r) => [r.id, runKey(r)]));
	const prices = (runs: Run[]) =>
		runs.map((r) => `${r.id}:${r.record.decisions.map((d) => d.price).join(',')}`);

	it('adds the runs only the other tab has', () => {
		const seen = seenOf(run('a', 1));
		const merged = mergeStored([run('a', 1)], 'a', [run('a', 1), run('b', 1.1)], seen, fork);
		expect(prices(merged.runs)).toEqual(['a:1', 'b:1.1']);
		expect(merged).toMatchObject({ activeId: 'a', changed: true, activeChanged: false });
	});

	it('takes over a run only the other tab played on', () => {
		const seen = seenOf(run('a', 1));
		const merged = mergeStored([run('a', 1)], 'a', [run('a', 1, 1.1, 1.2)], seen, fork);
		expect(prices(merged.runs)).toEqual(['a:1,1.1,1.2']);
		expect(merged.activeChanged).toBe(true);
	});

	it('keeps what only this tab changed, an undo included', () => {
		const seen = seenOf(run('a', 1, 1.1));
		const merged = mergeStored([run('a', 1)], 'a', [run('a', 1, 1.1)], seen, fork);
		expect(prices(merged.runs)).toEqual(['a:1']);
		expect(merged.changed).toBe(false);
	});

	it('keeps both timelines when both tabs played on from the same quarter', () => {
		const seen = seenOf(run('a', 1));
		const merged = mergeStored([run('a', 1, 0.9, 0.9)], 'a', [run('a', 1, 1.2)], seen, fork);
		// the stored timeline keeps the id; this tab's goes on as a new run, still active here
		expect(prices(merged.runs)).toEqual(['a:1,1.2', 'a+:1,0.9,0.9']);
		expect(merged.activeId).toBe('a+');
		expect(seen.get('a')).toBe(runKey(run('a', 1, 1.2)));
	});

	it('keeps the longer copy when one timeline extends the other', () => {
		const merged = mergeStored([run('a', 1, 1.1)], 'a', [run('a', 1)], new Map(), fork);
		expect(prices(merged.runs)).toEqual(['a:1,1.1']);
		const back = mergeStored([run('a', 1)], 'a', [run('a', 1, 1.1)], new Map(), fork);
		expect(prices(back.runs)).toEqual(['a:1,1.1']);
	});
});
